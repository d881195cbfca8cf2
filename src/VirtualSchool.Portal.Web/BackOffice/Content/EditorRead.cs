namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A posted control read back: the value to store, and the field to show again.</summary>
public sealed record EditorRead(string? Value, EditorField Field)
{
    /// <summary>The value was read: it is stored and shown again as it is, with what was typed (if the control keeps that).</summary>
    public static EditorRead Accepted(EditorField field, string? value, IReadOnlyDictionary<string, string>? typed = null) =>
        new(value, field with { Value = value, Error = null, Typed = typed });

    /// <summary>The input could not be read: the stored value is kept and the field shows the error and what was typed.</summary>
    public static EditorRead Refused(EditorField field, string error, IReadOnlyDictionary<string, string>? typed = null, string? shown = null) =>
        new(field.Value, field with { Value = shown ?? field.Value, Error = error, Typed = typed });
}
