using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.DropDown.Flexible</c>: one of the data type's items, stored as a JSON array (as Umbraco stores it); the
/// Delivery API writes the array when the data type allows several, else the one item (null when none).
/// </summary>
public sealed class DropDownEditor : ListEditor
{
    public override string Alias => "Umbraco.DropDown.Flexible";

    public override string FormView => "DropDown";

    public override string MandatoryVerb => "Select";

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, DataTypeConfiguration.Items(dataType)));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var text = post.Form[field.Id].ToString();
        return ValueTask.FromResult(
            text.Length == 0 ? EditorRead.Accepted(field, "")
            : field.Options.Any(o => o.Value == text) ? EditorRead.Accepted(field, JsonSerializer.Serialize(new[] { text }))
            : EditorRead.Refused(field, $"Select {field.Property.Name.ToLowerInvariant()} from the list"));
    }

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        var items = StoredValues.Items(value);
        if (await IsMultipleAsync(writer, property))
        {
            writer.WriteStrings(items);
        }
        else if (items.Count > 0)
        {
            writer.Json.WriteStringValue(items[0]);
        }
        else
        {
            writer.Json.WriteNullValue();
        }
    }

    public override void WriteEmptyJson(Utf8JsonWriter json) => json.WriteNullValue();

    private static async Task<bool> IsMultipleAsync(DeliveryJsonWriter writer, PropertyType property)
    {
        var dataType = await writer.Context.Schema.DataTypeAsync(property.DataTypeKey, writer.Context.CancellationToken);
        if (dataType is null)
        {
            return false;
        }

        try
        {
            using var config = JsonDocument.Parse(dataType.Configuration);
            return DataTypeConfiguration.TryProperty(config.RootElement, "multiple", out var multiple)
                && (multiple.ValueKind == JsonValueKind.True || multiple.ToString() is "1" or "true");
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
