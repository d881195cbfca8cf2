using System.Text.Json;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The items of a block value as the Delivery API writes them, for the block list, the block grid and rich text's
/// blocks: each block's content and settings elements, their values converted by the element types' editors.
/// </summary>
public sealed class DeliveryBlockWriter(DeliveryJsonWriter writer)
{
    private readonly Utf8JsonWriter w = writer.Json;

    /// <summary>
    /// The items of a block value (block list, block grid or rich text blocks), in layout order. Reads both the
    /// current format (<c>key</c>, <c>values</c>) and the Umbraco 8–13 one (<c>udi</c>, properties inline).
    /// </summary>
    public async Task WriteItemsAsync(JsonElement value, JsonElement? grid)
    {
        var content = BlockData(value, "contentData");
        var settings = BlockData(value, "settingsData");
        if (!value.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var editor in layout.EnumerateObject())
        {
            if (editor.Value.ValueKind == JsonValueKind.Array)
            {
                await WriteLayoutItemsAsync(editor.Value, content, settings, grid);
            }
        }
    }

    private async Task WriteLayoutItemsAsync(JsonElement items, Dictionary<Guid, JsonElement> content, Dictionary<Guid, JsonElement> settings, JsonElement? grid)
    {
        foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
        {
            var contentKey = IndexedValue.KeyOf(DeliveryJsonWriter.Str(item, "contentKey") ?? DeliveryJsonWriter.Str(item, "contentUdi"));
            if (contentKey is not { } ck || !content.TryGetValue(ck, out var data))
            {
                continue;
            }

            w.WriteStartObject();
            Guid? elementTypeKey = null;
            if (grid is { } g)
            {
                w.WriteNumber("rowSpan", DeliveryJsonWriter.Int(item, "rowSpan") ?? 1);
                w.WriteNumber("columnSpan", DeliveryJsonWriter.Int(item, "columnSpan") ?? 12);
                elementTypeKey = IndexedValue.KeyOf(DeliveryJsonWriter.Str(data, "contentTypeKey"));
                var blockConfig = BlockConfig(g, elementTypeKey);
                w.WriteNumber("areaGridColumns", blockConfig is { } bc && DeliveryJsonWriter.Int(bc, "areaGridColumns") is { } agc ? agc : (g.ValueKind == JsonValueKind.Object && DeliveryJsonWriter.Int(g, "gridColumns") is { } gcols ? gcols : 12));
                w.WriteStartArray("areas");
                if (item.TryGetProperty("areas", out var areas) && areas.ValueKind == JsonValueKind.Array)
                {
                    foreach (var area in areas.EnumerateArray())
                    {
                        var areaKey = DeliveryJsonWriter.Str(area, "key");
                        var areaConfig = blockConfig is { } bc2 && DeliveryJsonWriter.TryProp(bc2, "areas", out var configured) && configured.ValueKind == JsonValueKind.Array
                            ? configured.EnumerateArray().FirstOrDefault(a => string.Equals(DeliveryJsonWriter.Str(a, "key"), areaKey, StringComparison.OrdinalIgnoreCase))
                            : default;
                        w.WriteStartObject();
                        w.WriteString("alias", areaConfig.ValueKind == JsonValueKind.Object ? DeliveryJsonWriter.Str(areaConfig, "alias") ?? "" : "");
                        w.WriteNumber("rowSpan", areaConfig.ValueKind == JsonValueKind.Object ? DeliveryJsonWriter.Int(areaConfig, "rowSpan") ?? 1 : 1);
                        w.WriteNumber("columnSpan", areaConfig.ValueKind == JsonValueKind.Object ? DeliveryJsonWriter.Int(areaConfig, "columnSpan") ?? 12 : 12);
                        w.WriteStartArray("items");
                        if (area.TryGetProperty("items", out var areaItems) && areaItems.ValueKind == JsonValueKind.Array)
                        {
                            await WriteLayoutItemsAsync(areaItems, content, settings, grid);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
            }

            w.WritePropertyName("content");
            await WriteElementAsync(data);
            w.WritePropertyName("settings");
            var settingsKey = IndexedValue.KeyOf(DeliveryJsonWriter.Str(item, "settingsKey") ?? DeliveryJsonWriter.Str(item, "settingsUdi"));
            if (settingsKey is { } sk && settings.TryGetValue(sk, out var settingsData))
            {
                await WriteElementAsync(settingsData);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
        }
    }

    private static JsonElement? BlockConfig(JsonElement grid, Guid? elementTypeKey)
    {
        if (elementTypeKey is null || !DeliveryJsonWriter.TryProp(grid, "blocks", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var block in blocks.EnumerateArray())
        {
            if (IndexedValue.KeyOf(DeliveryJsonWriter.Str(block, "contentElementTypeKey")) == elementTypeKey)
            {
                return block;
            }
        }

        return null;
    }

    private static Dictionary<Guid, JsonElement> BlockData(JsonElement value, string name)
    {
        var data = new Dictionary<Guid, JsonElement>();
        if (value.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                if (IndexedValue.KeyOf(DeliveryJsonWriter.Str(element, "key") ?? DeliveryJsonWriter.Str(element, "udi")) is { } key)
                {
                    data[key] = element;
                }
            }
        }

        return data;
    }

    /// <summary>A block's element: <c>{ contentType, id, properties }</c>, its values converted by the element type's editors.</summary>
    private async Task WriteElementAsync(JsonElement data)
    {
        var typeKey = IndexedValue.KeyOf(DeliveryJsonWriter.Str(data, "contentTypeKey"));
        var type = typeKey is { } tk ? await writer.Context.Schema.ElementTypeAsync(tk, writer.Context.CancellationToken) : null;
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (data.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (DeliveryJsonWriter.Str(entry, "alias") is { } a && entry.TryGetProperty("value", out var v))
                {
                    values[a] = v;
                }
            }
        }
        else
        {
            foreach (var property in data.EnumerateObject().Where(p => p.Name is not ("contentTypeKey" or "udi" or "key")))
            {
                values[property.Name] = property.Value;
            }
        }

        w.WriteStartObject();
        w.WriteString("contentType", type?.Alias ?? "");
        w.WriteString("id", IndexedValue.KeyOf(DeliveryJsonWriter.Str(data, "key") ?? DeliveryJsonWriter.Str(data, "udi")) ?? Guid.Empty);
        w.WriteStartObject("properties");
        if (type is not null)
        {
            foreach (var property in type.Properties)
            {
                w.WritePropertyName(property.Alias);
                var raw = values.TryGetValue(property.Alias, out var v)
                    ? v.ValueKind switch
                    {
                        JsonValueKind.String => v.GetString(),
                        JsonValueKind.Null or JsonValueKind.Undefined => null,
                        _ => v.GetRawText(),
                    }
                    : null;
                await writer.WriteValueAsync(property, raw, OutputLevel.Collapsed);
            }
        }
        else
        {
            foreach (var (alias, v) in values)
            {
                w.WritePropertyName(alias);
                v.WriteTo(w);
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
