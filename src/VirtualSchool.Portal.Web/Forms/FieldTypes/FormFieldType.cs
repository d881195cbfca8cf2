using System.Text.RegularExpressions;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>
/// What one of Umbraco Forms' field types means here, in one class (as a property editor is one class): its id and
/// name, what the builder offers for it, how it is drawn (a GOV.UK partial view under <c>Views/Forms/Fields/</c>),
/// how its answers are read, checked and described. Register one with <see cref="FieldTypesSetup.AddFormFieldType{T}"/>;
/// <see cref="FormFieldTypeCollection"/> finds it by id. Nothing else switches on field type ids.
/// </summary>
public abstract class FormFieldType
{
    /// <summary>Umbraco Forms' id for the type (<see cref="FieldTypeIds"/>).</summary>
    public abstract Guid Id { get; }

    /// <summary>Umbraco Forms' alias (<c>shortAnswer</c>), also the name of its partial view.</summary>
    public abstract string Alias { get; }

    /// <summary>The name editors see ("Short answer").</summary>
    public abstract string Name { get; }

    public virtual string Description => "";

    /// <summary>False for what only shows text (title and description, rich text): no answer, never validated or stored.</summary>
    public virtual bool StoresValue => true;

    public virtual bool SupportsMandatory => StoresValue;

    public virtual bool SupportsPattern => false;

    public virtual bool SupportsMaxLength => false;

    /// <summary>True for choices: values typed in, or from a prevalue source.</summary>
    public virtual bool SupportsPreValues => false;

    /// <summary>True when a field may have several answers (multiple choice).</summary>
    public virtual bool IsMultiValued => false;

    /// <summary>True for file uploads (posted as files, stored as <see cref="FormEntryFile"/> keys).</summary>
    public virtual bool IsFile => false;

    /// <summary>The type's own settings, under Umbraco Forms' setting names.</summary>
    public virtual IReadOnlyList<FormSetting> Settings => [];

    /// <summary>The partial view that draws the field (<c>Views/Forms/Fields/{View}.cshtml</c>).</summary>
    public virtual string View => Alias;

    /// <summary>
    /// The answers posted for the field under <paramref name="name"/>: trimmed, line breaks as <c>\n</c>, empty ones
    /// removed; one unless the type takes several. Files are read by the renderer (<see cref="IsFile"/>).
    /// </summary>
    public virtual IReadOnlyList<string> Read(FormField field, IFormCollection form, string name)
    {
        var values = form[name]
            .Select(v => (v ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal);
        return IsMultiValued ? values.ToList() : values.Take(1).ToList();
    }

    /// <summary>The answers a field starts with before the person has answered it (its <c>DefaultValue</c> setting).</summary>
    public virtual IReadOnlyList<string> Defaults(FormField field) =>
        field.Setting("DefaultValue") is { } value
            ? (IsMultiValued ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [value])
            : [];

    /// <summary>
    /// Checks a shown field's answers (already trimmed, empty ones removed): the GOV.UK error message, or null when
    /// they are fine. The default checks mandatory, character limit and pattern.
    /// </summary>
    public virtual string? Validate(FormField field, IReadOnlyList<string> values, IReadOnlyList<FormPreValue> choices)
    {
        if (!StoresValue)
        {
            return null;
        }

        if (values.Count == 0)
        {
            return field.Mandatory ? RequiredMessage(field) : null;
        }

        if (SupportsPreValues && values.Any(v => !choices.Any(c => string.Equals(c.Value, v, StringComparison.Ordinal))))
        {
            // Only what was offered may be chosen: a forged post cannot store another value.
            return $"Select {Label(field).ToLowerInvariant()} from the list";
        }

        if (SupportsMaxLength && field.IntSetting("MaximumLength") is > 0 and var max && values.Any(v => v.Length > max))
        {
            return $"{Label(field)} must be {max:N0} characters or fewer";
        }

        if (SupportsPattern && !string.IsNullOrEmpty(field.Pattern) && values.Any(v => !MatchesPattern(field.Pattern, v)))
        {
            return string.IsNullOrWhiteSpace(field.PatternInvalidErrorMessage)
                ? $"Enter {Label(field).ToLowerInvariant()} in the right format"
                : field.PatternInvalidErrorMessage;
        }

        return Check(field, values);
    }

    /// <summary>A type's own check of answers that passed the common ones (an email address, a real date): the message or null.</summary>
    protected virtual string? Check(FormField field, IReadOnlyList<string> values) => null;

    /// <summary>The answers in words, for "Check your answers", emails and exports (a choice's caption, a date in UK form).</summary>
    public virtual string Describe(FormField field, IReadOnlyList<string> values, IReadOnlyList<FormPreValue> choices) =>
        string.Join(", ", values.Select(v => choices.FirstOrDefault(c => c.Value == v)?.Label ?? v));

    /// <summary>The message when a mandatory field is empty: the field's own, else "Enter …" / "Select …" from the caption.</summary>
    public virtual string RequiredMessage(FormField field) =>
        string.IsNullOrWhiteSpace(field.RequiredErrorMessage) ? $"{MandatoryVerb} {Label(field).ToLowerInvariant()}" : field.RequiredErrorMessage;

    /// <summary>"Enter" for typed answers, "Select" for choices, "Upload" for files.</summary>
    public virtual string MandatoryVerb => "Enter";

    public static string Label(FormField field) => string.IsNullOrWhiteSpace(field.Caption) ? field.Alias : field.Caption.Trim().TrimEnd('?', ':');

    /// <summary>An editor's pattern, matched whole, with a time-out so no pattern can hold a request.</summary>
    protected static bool MatchesPattern(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (Exception ex) when (ex is ArgumentException or RegexMatchTimeoutException)
        {
            // A pattern that does not compile or runs away cannot be met fairly: let the answer through.
            return true;
        }
    }
}
