namespace VirtualSchool.Portal.Core.Forms;

/// <summary>One page of a form: a step of the GOV.UK question pages, with "Continue" to the next.</summary>
public sealed class FormPage
{
    public Guid Key { get; set; } = Guid.NewGuid();

    /// <summary>The page's heading (the question on a one-question page); empty uses the form's name.</summary>
    public string Caption { get; set; } = "";

    public List<FormFieldset> Fieldsets { get; set; } = [];

    /// <summary>Shows or hides the whole page; a hidden page is skipped, and none of its fields is validated or stored.</summary>
    public FormCondition? Condition { get; set; }
}
