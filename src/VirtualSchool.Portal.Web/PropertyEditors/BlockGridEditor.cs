using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.BlockGrid</c>: the Delivery API writes <c>{ gridColumns, items }</c>, with each item's spans and areas
/// from the data type's configuration (12 columns when it says none).
/// </summary>
public sealed class BlockGridEditor : BlockEditorBase
{
    public override string Alias => "Umbraco.BlockGrid";

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        if (Parse(value) is not { } document)
        {
            writer.Json.WriteNullValue();
            return;
        }

        using (document)
        using (var config = await ConfigurationAsync(writer, property))
        {
            var columns = config is not null && DeliveryJsonWriter.Int(config.RootElement, "gridColumns") is { } g ? g : 12;
            writer.Json.WriteStartObject();
            writer.Json.WriteNumber("gridColumns", columns);
            writer.Json.WriteStartArray("items");
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                await new DeliveryBlockWriter(writer).WriteItemsAsync(document.RootElement, config?.RootElement ?? default);
            }

            writer.Json.WriteEndArray();
            writer.Json.WriteEndObject();
        }
    }

    private static async Task<JsonDocument?> ConfigurationAsync(DeliveryJsonWriter writer, PropertyType property)
    {
        var dataType = await writer.Context.Schema.DataTypeAsync(property.DataTypeKey, writer.Context.CancellationToken);
        try
        {
            return dataType is null ? null : JsonDocument.Parse(dataType.Configuration);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
