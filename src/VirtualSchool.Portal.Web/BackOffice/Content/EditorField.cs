using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>One property on the edit form: its editor, its value, and what was typed when it was refused.</summary>
public sealed record EditorField(
    PropertyType Property,
    PropertyEditor Editor,
    string? Value,
    IReadOnlyList<EditorOption> Options,
    int? MaxChars = null,
    bool WithTime = false,
    bool Decimal = false,
    string? Error = null,
    IReadOnlyDictionary<string, string>? Typed = null,
    EditorOption? Picked = null,
    RichTextSettings? RichText = null)
{
    public string Id => "p-" + Property.Alias;

    /// <summary>The control the error summary links to (the first of a group of controls).</summary>
    public string ErrorTarget => Editor.ErrorTarget(Id);

    public string? TypedOr(string suffix, string? fallback) =>
        Typed is not null && Typed.TryGetValue(suffix, out var typed) ? typed : fallback;
}
