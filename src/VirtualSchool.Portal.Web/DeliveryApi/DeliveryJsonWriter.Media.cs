using System.Text.Json;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>Media items: as the media endpoints answer them, and inside a media picker's value (with the pick's crops).</summary>
public sealed partial class DeliveryJsonWriter
{
    /// <summary>
    /// As Umbraco's output expansion (<c>MapMediaProperties</c>): a media property whose alias starts with
    /// <c>umbraco</c> (file, width, height, bytes, extension and any other system property) is never in
    /// <c>properties</c>; the item's own fields show what a client needs of them.
    /// </summary>
    private static bool IsUmbracoMediaProperty(string alias) => alias.StartsWith("umbraco", StringComparison.Ordinal);

    /// <summary>A media item as the media endpoints answer it (with path and dates).</summary>
    public async Task WriteMediaResponseAsync(MediaItem item, string path, OutputLevel level)
    {
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteString("createDate", item.CreateDate);
        w.WriteString("updateDate", item.UpdateDate);
        await WriteMediaFieldsAsync(item, null, level);
        w.WriteEndObject();
    }

    private async Task WriteMediaAsync(MediaItem item, JsonElement? pick, OutputLevel? expandedLevel)
    {
        w.WriteStartObject();
        await WriteMediaFieldsAsync(item, pick, expandedLevel);
        w.WriteEndObject();
    }

    private async Task WriteMediaFieldsAsync(MediaItem item, JsonElement? pick, OutputLevel? expandedLevel)
    {
        var file = ImageFile(item);
        // The pick's own focal point and crops win over the image's, as in a media picker with crops.
        var focal = pick is { } p && p.TryGetProperty("focalPoint", out var pf) && pf.ValueKind == JsonValueKind.Object ? pf : file.FocalPoint;
        var crops = pick is { } q && q.TryGetProperty("crops", out var pc) && pc.ValueKind == JsonValueKind.Array ? pc : file.Crops;
        w.WritePropertyName("focalPoint");
        if (focal is { } f && f.TryGetProperty("left", out var left) && f.TryGetProperty("top", out var top))
        {
            w.WriteStartObject();
            w.WriteNumber("left", left.GetDouble());
            w.WriteNumber("top", top.GetDouble());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("crops");
        if (crops is { } c)
        {
            WriteCrops(c);
        }
        else if (file.IsImage)
        {
            w.WriteStartArray();
            w.WriteEndArray();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteString("id", item.Key);
        w.WriteString("name", item.Name);
        w.WriteString("mediaType", item.MediaTypeAlias);
        w.WriteString("url", item.Url ?? "");
        WriteNullableString("extension", item.Extension);
        WriteNullableInt("width", Int(item.Properties.GetValueOrDefault("umbracoWidth")));
        WriteNullableInt("height", Int(item.Properties.GetValueOrDefault("umbracoHeight")));
        WriteNullableInt("bytes", item.Bytes is { } b ? (int)Math.Min(b, int.MaxValue) : null);
        w.WriteStartObject("properties");
        if (expandedLevel is not null)
        {
            await WriteMediaPropertiesAsync(item, expandedLevel);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A media item's properties as Umbraco writes them: those of its media type, in the type's order, converted by
    /// their editors exactly as content properties are, less the <c>umbraco…</c> ones. A stored value whose type is
    /// unknown (a media type since deleted) is written as its text rather than lost.
    /// </summary>
    private async Task WriteMediaPropertiesAsync(MediaItem item, OutputLevel level)
    {
        var type = await context.Schema.MediaTypeAsync(item.MediaTypeAlias, context.CancellationToken);
        if (type is null)
        {
            foreach (var (alias, value) in item.Properties.Where(kv => !IsUmbracoMediaProperty(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (level.Outputs(alias))
                {
                    w.WritePropertyName(alias);
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        w.WriteNullValue();
                    }
                    else
                    {
                        w.WriteStringValue(value);
                    }
                }
            }

            return;
        }

        foreach (var property in type.Properties)
        {
            if (!IsUmbracoMediaProperty(property.Alias) && level.Outputs(property.Alias))
            {
                w.WritePropertyName(property.Alias);
                await WriteValueAsync(property, item.Properties.GetValueOrDefault(property.Alias), level);
            }
        }
    }

    private void WriteCrops(JsonElement crops)
    {
        w.WriteStartArray();
        foreach (var crop in crops.EnumerateArray())
        {
            w.WriteStartObject();
            WriteNullableString("alias", crop.TryGetProperty("alias", out var a) ? a.GetString() : null);
            w.WriteNumber("width", crop.TryGetProperty("width", out var cw) && cw.TryGetInt32(out var width) ? width : 0);
            w.WriteNumber("height", crop.TryGetProperty("height", out var ch) && ch.TryGetInt32(out var height) ? height : 0);
            w.WritePropertyName("coordinates");
            if (crop.TryGetProperty("coordinates", out var co) && co.ValueKind == JsonValueKind.Object)
            {
                w.WriteStartObject();
                foreach (var name in new[] { "x1", "y1", "x2", "y2" })
                {
                    w.WriteNumber(name, co.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0);
                }

                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static (bool IsImage, JsonElement? FocalPoint, JsonElement? Crops) ImageFile(MediaItem item)
    {
        var file = item.Properties.GetValueOrDefault("umbracoFile");
        var isImage = string.Equals(item.MediaTypeAlias, "Image", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(file) || !file.TrimStart().StartsWith('{'))
        {
            return (isImage, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(file);
            var root = document.RootElement;
            return (true,
                root.TryGetProperty("focalPoint", out var f) && f.ValueKind == JsonValueKind.Object ? f.Clone() : null,
                root.TryGetProperty("crops", out var c) && c.ValueKind == JsonValueKind.Array ? c.Clone() : null);
        }
        catch (JsonException)
        {
            return (isImage, null, null);
        }
    }



    /// <summary>A media picker's value (MediaPicker3 JSON or legacy UDIs): the files the caller may see, in the picker's order.</summary>
    public async Task WriteMediaPickerAsync(string raw, OutputLevel? expandedLevel)
    {
        var picks = new List<(Guid Key, JsonElement? Pick)>();
        var trimmed = raw.Trim();
        JsonDocument? document = null;
        try
        {
            if (trimmed.StartsWith('['))
            {
                document = JsonDocument.Parse(trimmed);
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    var key = element.ValueKind == JsonValueKind.Object
                        ? IndexedValue.KeyOf(element.TryGetProperty("mediaKey", out var mk) ? mk.GetString() : null)
                        : IndexedValue.KeyOf(element.ToString());
                    if (key is { } k)
                    {
                        picks.Add((k, element.ValueKind == JsonValueKind.Object ? element : null));
                    }
                }
            }
            else
            {
                picks.AddRange(trimmed.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>().Select(k => (k, (JsonElement?)null)));
            }
        }
        catch (JsonException)
        {
            picks.Clear();
        }

        var items = await context.MediaAsync(picks.Select(p => p.Key).ToList());
        w.WriteStartArray();
        foreach (var (key, pick) in picks)
        {
            if (items.TryGetValue(key, out var item))
            {
                await WriteMediaAsync(item, pick, expandedLevel);
            }
        }

        w.WriteEndArray();
        document?.Dispose();
    }

}
