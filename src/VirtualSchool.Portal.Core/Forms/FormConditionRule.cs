namespace VirtualSchool.Portal.Core.Forms;

/// <summary>One rule: the answer to <see cref="Field"/>, compared with <see cref="Value"/> by <see cref="Operator"/>.</summary>
public sealed class FormConditionRule
{
    /// <summary>The key of the field whose answer is compared.</summary>
    public Guid Field { get; set; }

    public ConditionOperator Operator { get; set; }

    public string Value { get; set; } = "";
}
