using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.BlockList</c>: the Delivery API writes <c>{ items }</c>, each block's content and settings converted by their element types' editors.</summary>
public sealed class BlockListEditor : BlockEditorBase
{
    public override string Alias => "Umbraco.BlockList";

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        if (Parse(value) is not { } document)
        {
            writer.Json.WriteNullValue();
            return;
        }

        using (document)
        {
            writer.Json.WriteStartObject();
            writer.Json.WriteStartArray("items");
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                await new DeliveryBlockWriter(writer).WriteItemsAsync(document.RootElement, grid: null);
            }

            writer.Json.WriteEndArray();
            writer.Json.WriteEndObject();
        }
    }
}
