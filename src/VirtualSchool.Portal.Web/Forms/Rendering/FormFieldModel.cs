using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>One field as its GOV.UK partial draws it: the answers to show, its choices, its error and, when its condition
/// depends on answers on the same step, the condition as JSON for the browser's script.</summary>
public sealed record FormFieldModel(
    FormField Field,
    FormFieldType Type,
    IReadOnlyList<string> Values,
    IReadOnlyList<FormPreValue> Choices,
    string? Error,
    string? ConditionJson,
    string? FileName = null)
{
    /// <summary>The posted name: the field's alias (unique in the form), as the headless API names answers too.</summary>
    public string Name => NameOf(Field);

    public static string NameOf(FormField field) => string.IsNullOrWhiteSpace(field.Alias) ? "f" + field.Key.ToString("N") : field.Alias;

    /// <summary>The HTML id (and the error summary's target).</summary>
    public string Id => "field-" + Name;

    public string Value => Values.Count > 0 ? Values[0] : "";

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    public bool HasHint => !string.IsNullOrWhiteSpace(Field.HelpText);

    /// <summary>The ids of the hint and error, for <c>aria-describedby</c> (null when neither).</summary>
    public string? DescribedBy(string? extra = null) =>
        string.Join(' ', new[] { HasHint ? HintId : null, extra, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    public bool Has(string value) => Values.Contains(value, StringComparer.Ordinal);
}
