namespace VirtualSchool.Portal.Core.Forms;

/// <summary>One choice: the value stored and the caption shown (the value when empty).</summary>
public sealed class FormPreValue
{
    public string Value { get; set; } = "";

    public string Caption { get; set; } = "";

    public string Label => string.IsNullOrEmpty(Caption) ? Value : Caption;
}
