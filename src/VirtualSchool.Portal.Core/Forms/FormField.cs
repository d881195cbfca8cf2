namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// One question, with Umbraco Forms' properties: a field type (by Umbraco's field type id, <see cref="FieldTypeIds"/>),
/// caption, help text, mandatory with its message, a pattern with its message, settings by name (the field type's own:
/// <c>MaximumLength</c>, <c>DefaultValue</c>, <c>FieldType</c>, <c>AcceptCopy</c>, <c>Html</c> ...), values for choices
/// and a condition. Answers are stored by <see cref="Key"/>; the alias names the value in the headless API and exports.
/// </summary>
public sealed class FormField
{
    public Guid Key { get; set; } = Guid.NewGuid();

    /// <summary>A camel-case name, unique in the form (from the caption when not given).</summary>
    public string Alias { get; set; } = "";

    public string Caption { get; set; } = "";

    /// <summary>GOV.UK hint text under the label.</summary>
    public string HelpText { get; set; } = "";

    public Guid FieldTypeId { get; set; }

    public bool Mandatory { get; set; }

    /// <summary>The error when a mandatory field is left empty; a GOV.UK message is made from the caption when empty.</summary>
    public string RequiredErrorMessage { get; set; } = "";

    /// <summary>A regular expression the answer must match (.NET syntax, matched with a time-out).</summary>
    public string Pattern { get; set; } = "";

    public string PatternInvalidErrorMessage { get; set; } = "";

    /// <summary>The field type's settings by name, as Umbraco Forms stores them (all strings).</summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Values typed in for choices (used when <see cref="PreValueSource"/> is none).</summary>
    public List<FormPreValue> PreValues { get; set; } = [];

    /// <summary>Where the choices come from instead: a data type's values, or the pages of a document type.</summary>
    public PreValueSource? PreValueSource { get; set; }

    /// <summary>
    /// Personal or special-category data: masked in entry lists and exports for users without the form's
    /// <see cref="FormRight.ViewSensitive"/> right, and left out of the entries' text search.
    /// </summary>
    public bool Sensitive { get; set; }

    public FormCondition? Condition { get; set; }

    /// <summary>A setting by name, whatever its case (Umbraco Forms writes them in Pascal case, its headless API in camel case).</summary>
    public string? Setting(string name)
    {
        foreach (var (key, value) in Settings)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(value))
            {
                return value;
            }
        }

        return null;
    }

    public int? IntSetting(string name) => int.TryParse(Setting(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
