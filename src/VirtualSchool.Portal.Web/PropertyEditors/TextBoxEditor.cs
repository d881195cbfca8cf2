using System.Text.Json.Nodes;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.TextBox</c> (and <c>Umbraco.Plain.String</c>): one line of text, trimmed, no longer than the data type's <c>maxChars</c>.</summary>
public sealed class TextBoxEditor : TextValueEditor
{
    public override string Alias => "Umbraco.TextBox";

    public override IReadOnlyList<string> OtherAliases => ["Umbraco.Plain.String"];

    public override string FormView => "TextBox";

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken)
    {
        var max = DataTypeConfiguration.Parse(dataType)?["maxChars"] is JsonValue m && m.TryGetValue<int>(out var chars) && chars > 0 ? chars : (int?)null;
        return ValueTask.FromResult(new EditorField(property, this, value, [], MaxChars: max));
    }

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var line = post.Form[field.Id].ToString().Trim();
        return ValueTask.FromResult(field.MaxChars is { } max && line.Length > max
            ? new EditorRead(line, field with { Value = line, Error = $"{field.Property.Name} must be {max} characters or fewer", Typed = null })
            : EditorRead.Accepted(field, line));
    }
}
