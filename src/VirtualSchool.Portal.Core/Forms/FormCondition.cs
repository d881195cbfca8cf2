namespace VirtualSchool.Portal.Core.Forms;

/// <summary>Shows or hides a field, fieldset or page when all or any of its rules match (Umbraco Forms' conditions).</summary>
public sealed class FormCondition
{
    public ConditionAction ActionType { get; set; }

    public ConditionLogic LogicType { get; set; }

    public List<FormConditionRule> Rules { get; set; } = [];
}
