using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.CheckBoxList</c>: the data type's items as checkboxes; only those items are stored, as an indented JSON array (as Umbraco writes it).</summary>
public sealed class CheckBoxListEditor : ListEditor
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public override string Alias => "Umbraco.CheckBoxList";

    public override string FormView => "CheckBoxList";

    public override string MandatoryVerb => "Select";

    public override EditorLayout Layout => EditorLayout.Fieldset;

    public override string ErrorTarget(string id) => id + "-0";

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, DataTypeConfiguration.Items(dataType)));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var chosen = post.Form[field.Id].Where(v => field.Options.Any(o => o.Value == v)).Select(v => v!).ToArray();
        return ValueTask.FromResult(EditorRead.Accepted(field, chosen.Length == 0 ? "" : JsonSerializer.Serialize(chosen, Indented)));
    }
}
