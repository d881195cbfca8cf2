namespace VirtualSchool.Portal.Core.Forms;

/// <summary>What a condition does when its rules match: show the field, fieldset or page (hidden otherwise), or hide it.</summary>
public enum ConditionAction
{
    Show = 0,
    Hide = 1,
}
