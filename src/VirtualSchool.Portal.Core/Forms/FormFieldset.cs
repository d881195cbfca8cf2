namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// A group of fields, drawn as a GOV.UK fieldset with its caption as the legend (no fieldset when the caption is empty).
/// Umbraco Forms puts fields in columns inside a fieldset; a GOV.UK form is one column, so the fields are here and the
/// headless API and uSync write them as one column of width 12.
/// </summary>
public sealed class FormFieldset
{
    public Guid Key { get; set; } = Guid.NewGuid();

    public string Caption { get; set; } = "";

    public List<FormField> Fields { get; set; } = [];

    public FormCondition? Condition { get; set; }
}
