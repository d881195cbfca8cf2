namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>How the back-office form lays out an editor's control, as GOV.UK Frontend's patterns do.</summary>
public enum EditorLayout
{
    /// <summary>A label above one control.</summary>
    Label,

    /// <summary>A fieldset whose legend names the group of controls (a date's day, month and year; checkboxes; pickers).</summary>
    Fieldset,

    /// <summary>The control carries its own label (a single checkbox).</summary>
    OwnLabel,
}
