using System.Globalization;
using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>What to expand and which fields to output at one level of nesting (null: nothing asked, so none expanded / all fields).</summary>
public sealed record OutputLevel(PropertySelection? Expand, PropertySelection? Fields)
{
    public static OutputLevel Collapsed { get; } = new(null, null);

    public bool Expands(string alias) => Expand?.Includes(alias) == true;

    public bool Outputs(string alias) => Fields is null || Fields.Includes(alias);

    /// <summary>The level inside a property's value: expansion goes one level deeper only where the parameter nests.</summary>
    public OutputLevel Inside(string alias) => new(Expand?.Nested(alias), Fields?.Nested(alias));
}

/// <summary>
/// Writes content and media as Umbraco's Delivery API does, converting each property by its editor alias:
/// text as strings, numbers, booleans, dates, tags and lists as arrays, pickers as links to items (their
/// properties only when expanded), media pickers as media with crops, multi-URL pickers as links, rich text as
/// <c>{ markup, blocks }</c>, block lists as <c>{ items }</c> and block grids as <c>{ gridColumns, items }</c>.
/// Whatever an anonymous caller may not see is left out wherever it would appear.
/// </summary>
public sealed class DeliveryJsonWriter(Utf8JsonWriter w, DeliveryContext context)
{
    /// <summary>
    /// As Umbraco's output expansion (<c>MapMediaProperties</c>): a media property whose alias starts with
    /// <c>umbraco</c> (file, width, height, bytes, extension and any other system property) is never in
    /// <c>properties</c>; the item's own fields show what a client needs of them.
    /// </summary>
    private static bool IsUmbracoMediaProperty(string alias) => alias.StartsWith("umbraco", StringComparison.Ordinal);

    /// <summary>A content item as the item, items and query endpoints answer it (with <c>cultures</c>).</summary>
    public async Task WriteContentResponseAsync(PublishedContent content, OutputLevel level)
    {
        w.WriteStartObject();
        await WriteContentFieldsAsync(content, level);
        w.WriteStartObject("cultures");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A content item inside a picker's value: no <c>cultures</c>; properties only when expanded.</summary>
    private async Task WriteContentAsync(PublishedContent content, OutputLevel? expandedLevel)
    {
        w.WriteStartObject();
        if (expandedLevel is null)
        {
            WriteContentHeader(content);
            w.WriteStartObject("properties");
            w.WriteEndObject();
        }
        else
        {
            await WriteContentFieldsAsync(content, expandedLevel);
        }

        w.WriteEndObject();
    }

    private async Task WriteContentFieldsAsync(PublishedContent content, OutputLevel level)
    {
        WriteContentHeader(content);
        w.WriteStartObject("properties");
        foreach (var property in content.ContentType.Properties)
        {
            if (level.Outputs(property.Alias))
            {
                w.WritePropertyName(property.Alias);
                await WriteValueAsync(property, content.Properties.GetValueOrDefault(property.Alias), level);
            }
        }

        w.WriteEndObject();
    }

    private void WriteContentHeader(PublishedContent content)
    {
        w.WriteString("contentType", content.ContentTypeAlias);
        w.WriteString("name", content.Name);
        w.WriteString("createDate", content.CreateDate);
        w.WriteString("updateDate", content.UpdateDate);
        w.WritePropertyName("route");
        WriteRoute(content);
        w.WriteString("id", content.Key);
    }

    private void WriteRoute(PublishedContent content)
    {
        var (path, root) = context.Route(content);
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteStartObject("startItem");
        w.WriteString("id", root.Key);
        w.WriteString("path", root.UrlSegment);
        w.WriteEndObject();
        w.WriteEndObject();
    }

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

    /// <summary>Writes one property value, converted by its editor alias.</summary>
    public async Task WriteValueAsync(PropertyType property, string? raw, OutputLevel level)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            WriteEmpty(property.EditorAlias);
            return;
        }

        var alias = property.Alias;
        switch (property.EditorAlias)
        {
            case "Umbraco.Integer":
                if (long.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                {
                    w.WriteNumberValue(integer);
                }
                else
                {
                    w.WriteNullValue();
                }

                return;
            case "Umbraco.Decimal" or "Umbraco.Slider":
                if (decimal.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    w.WriteNumberValue(number);
                }
                else
                {
                    w.WriteStringValue(raw);
                }

                return;
            case "Umbraco.TrueFalse":
                w.WriteBooleanValue(raw.Trim() is "1" or "true" or "True" or "TRUE");
                return;
            case "Umbraco.DateTime" or "Umbraco.DateOnly" or "Umbraco.DateTimeUnspecified":
                if (IndexedValue.ParseDate(raw) is { } date)
                {
                    w.WriteStringValue(DateTime.SpecifyKind(date, DateTimeKind.Unspecified));
                }
                else
                {
                    w.WriteNullValue();
                }

                return;
            case "Umbraco.Tags" or "Umbraco.CheckBoxList" or "Umbraco.MultipleTextstring":
                WriteStrings(Content.PropertyRenderer.Items(raw));
                return;
            case "Umbraco.DropDown.Flexible":
                var items = Content.PropertyRenderer.Items(raw);
                if (await IsMultipleAsync(property))
                {
                    WriteStrings(items);
                }
                else if (items.Count > 0)
                {
                    w.WriteStringValue(items[0]);
                }
                else
                {
                    w.WriteNullValue();
                }

                return;
            case "Umbraco.RadioButtonList":
                var radio = Content.PropertyRenderer.Items(raw);
                w.WriteStringValue(radio.Count > 0 ? radio[0] : raw);
                return;
            case "Umbraco.ContentPicker":
                var picked = raw.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>().Select(Visible).FirstOrDefault(c => c is not null);
                if (picked is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    await WriteContentAsync(picked, level.Expands(alias) ? level.Inside(alias) : null);
                }

                return;
            case "Umbraco.MultiNodeTreePicker":
                w.WriteStartArray();
                foreach (var node in raw.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>().Select(Visible).OfType<PublishedContent>())
                {
                    await WriteContentAsync(node, level.Expands(alias) ? level.Inside(alias) : null);
                }

                w.WriteEndArray();
                return;
            case "Umbraco.MediaPicker3" or "Umbraco.MediaPicker" or "Umbraco.MultipleMediaPicker":
                await WriteMediaPickerAsync(raw, level.Expands(alias) ? level.Inside(alias) : null);
                return;
            case "Umbraco.MultiUrlPicker":
                await WriteLinksAsync(raw);
                return;
            case "Umbraco.MarkdownEditor":
                w.WriteStringValue(MarkdownRenderer.ToHtml(raw));
                return;
            case "Umbraco.RichText" or "Umbraco.TinyMCE":
                await WriteRichTextAsync(raw);
                return;
            case "Umbraco.BlockList":
                await WriteBlockListAsync(raw);
                return;
            case "Umbraco.BlockGrid":
                await WriteBlockGridAsync(property, raw);
                return;
            case "Umbraco.TextBox" or "Umbraco.TextArea" or "Umbraco.TextboxMultiple" or "Umbraco.EmailAddress" or "Umbraco.Label"
                or "Umbraco.Plain.String" or "Umbraco.UploadField":
                w.WriteStringValue(raw);
                return;
            default:
                // An editor the portal does not convert: JSON stays JSON, anything else is its text.
                WriteRawOrString(raw);
                return;
        }
    }

    private void WriteEmpty(string editorAlias)
    {
        switch (editorAlias)
        {
            case "Umbraco.TrueFalse":
                w.WriteBooleanValue(false);
                break;
            case "Umbraco.Tags" or "Umbraco.CheckBoxList" or "Umbraco.MultipleTextstring" or "Umbraco.MultiNodeTreePicker"
                or "Umbraco.MediaPicker3" or "Umbraco.MediaPicker" or "Umbraco.MultipleMediaPicker" or "Umbraco.MultiUrlPicker":
                w.WriteStartArray();
                w.WriteEndArray();
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }

    private PublishedContent? Visible(Guid key) =>
        context.Cache.GetByKey(key) is { Route: not null } content && context.CanSee(content) ? content : null;

    private async Task<bool> IsMultipleAsync(PropertyType property)
    {
        var dataType = await context.Schema.DataTypeAsync(property.DataTypeKey, context.CancellationToken);
        if (dataType is null)
        {
            return false;
        }

        try
        {
            using var config = JsonDocument.Parse(dataType.Configuration);
            return TryProp(config.RootElement, "multiple", out var multiple)
                && (multiple.ValueKind == JsonValueKind.True || multiple.ToString() is "1" or "true");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task WriteMediaPickerAsync(string raw, OutputLevel? expandedLevel)
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

    /// <summary>Multi-URL picker links; a link to content or media the caller may not see is dropped, not just emptied.</summary>
    private async Task WriteLinksAsync(string raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw);
        }
        catch (JsonException)
        {
            w.WriteStartArray();
            w.WriteEndArray();
            return;
        }

        using (document)
        {
            w.WriteStartArray();
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var link in document.RootElement.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.Object))
                {
                    await WriteLinkAsync(link);
                }
            }

            w.WriteEndArray();
        }
    }

    private async Task WriteLinkAsync(JsonElement link)
    {
        var title = Str(link, "name") ?? Str(link, "title");
        var target = Str(link, "target");
        var query = Str(link, "queryString");
        var udi = Str(link, "udi") ?? Str(link, "unique");
        var type = Str(link, "type")?.ToLowerInvariant();
        var key = IndexedValue.KeyOf(udi);
        var isMedia = type == "media" || udi?.StartsWith("umb://media", StringComparison.OrdinalIgnoreCase) == true;
        if (key is { } k && isMedia)
        {
            var media = await context.MediaAsync([k]);
            if (!media.TryGetValue(k, out var item))
            {
                return;
            }

            WriteLink(item.Url, query, title ?? item.Name, target, k, item.MediaTypeAlias, null, "Media");
        }
        else if (key is { } contentKey)
        {
            if (Visible(contentKey) is not { } content)
            {
                return;
            }

            WriteLink(null, query, title ?? content.Name, target, contentKey, content.ContentTypeAlias, content, "Content");
        }
        else
        {
            WriteLink(Str(link, "url"), query, title, target, null, null, null, "External");
        }
    }

    private void WriteLink(string? url, string? query, string? title, string? target, Guid? id, string? type, PublishedContent? route, string linkType)
    {
        w.WriteStartObject();
        WriteNullableString("url", url);
        WriteNullableString("queryString", string.IsNullOrEmpty(query) ? null : query);
        WriteNullableString("title", title);
        WriteNullableString("target", string.IsNullOrEmpty(target) ? null : target);
        if (id is { } destination)
        {
            w.WriteString("destinationId", destination);
        }
        else
        {
            w.WriteNull("destinationId");
        }

        WriteNullableString("destinationType", type);
        w.WritePropertyName("route");
        if (route is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteRoute(route);
        }

        w.WriteString("linkType", linkType);
        w.WriteEndObject();
    }

    private async Task WriteRichTextAsync(string raw)
    {
        var markup = raw;
        JsonDocument? document = null;
        if (raw.TrimStart().StartsWith('{'))
        {
            try
            {
                document = JsonDocument.Parse(raw);
                markup = Str(document.RootElement, "markup") ?? "";
            }
            catch (JsonException)
            {
                document = null;
            }
        }

        using (document)
        {
            w.WriteStartObject();
            w.WriteString("markup", markup);
            w.WriteStartArray("blocks");
            if (document is not null && document.RootElement.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Object)
            {
                await WriteBlockItemsAsync(blocks, grid: null);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private async Task WriteBlockListAsync(string raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw);
        }
        catch (JsonException)
        {
            w.WriteNullValue();
            return;
        }

        using (document)
        {
            w.WriteStartObject();
            w.WriteStartArray("items");
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                await WriteBlockItemsAsync(document.RootElement, grid: null);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private async Task WriteBlockGridAsync(PropertyType property, string raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw);
        }
        catch (JsonException)
        {
            w.WriteNullValue();
            return;
        }

        using (document)
        using (var config = await GridConfigAsync(property))
        {
            var columns = config is not null && Int(config.RootElement, "gridColumns") is { } g ? g : 12;
            w.WriteStartObject();
            w.WriteNumber("gridColumns", columns);
            w.WriteStartArray("items");
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                await WriteBlockItemsAsync(document.RootElement, config?.RootElement ?? default);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private async Task<JsonDocument?> GridConfigAsync(PropertyType property)
    {
        var dataType = await context.Schema.DataTypeAsync(property.DataTypeKey, context.CancellationToken);
        try
        {
            return dataType is null ? null : JsonDocument.Parse(dataType.Configuration);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The items of a block value (block list, block grid or rich text blocks), in layout order. Reads both the
    /// current format (<c>key</c>, <c>values</c>) and the Umbraco 8–13 one (<c>udi</c>, properties inline).
    /// </summary>
    private async Task WriteBlockItemsAsync(JsonElement value, JsonElement? grid)
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
            var contentKey = IndexedValue.KeyOf(Str(item, "contentKey") ?? Str(item, "contentUdi"));
            if (contentKey is not { } ck || !content.TryGetValue(ck, out var data))
            {
                continue;
            }

            w.WriteStartObject();
            Guid? elementTypeKey = null;
            if (grid is { } g)
            {
                w.WriteNumber("rowSpan", Int(item, "rowSpan") ?? 1);
                w.WriteNumber("columnSpan", Int(item, "columnSpan") ?? 12);
                elementTypeKey = IndexedValue.KeyOf(Str(data, "contentTypeKey"));
                var blockConfig = BlockConfig(g, elementTypeKey);
                w.WriteNumber("areaGridColumns", blockConfig is { } bc && Int(bc, "areaGridColumns") is { } agc ? agc : (g.ValueKind == JsonValueKind.Object && Int(g, "gridColumns") is { } gcols ? gcols : 12));
                w.WriteStartArray("areas");
                if (item.TryGetProperty("areas", out var areas) && areas.ValueKind == JsonValueKind.Array)
                {
                    foreach (var area in areas.EnumerateArray())
                    {
                        var areaKey = Str(area, "key");
                        var areaConfig = blockConfig is { } bc2 && TryProp(bc2, "areas", out var configured) && configured.ValueKind == JsonValueKind.Array
                            ? configured.EnumerateArray().FirstOrDefault(a => string.Equals(Str(a, "key"), areaKey, StringComparison.OrdinalIgnoreCase))
                            : default;
                        w.WriteStartObject();
                        w.WriteString("alias", areaConfig.ValueKind == JsonValueKind.Object ? Str(areaConfig, "alias") ?? "" : "");
                        w.WriteNumber("rowSpan", areaConfig.ValueKind == JsonValueKind.Object ? Int(areaConfig, "rowSpan") ?? 1 : 1);
                        w.WriteNumber("columnSpan", areaConfig.ValueKind == JsonValueKind.Object ? Int(areaConfig, "columnSpan") ?? 12 : 12);
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
            var settingsKey = IndexedValue.KeyOf(Str(item, "settingsKey") ?? Str(item, "settingsUdi"));
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
        if (elementTypeKey is null || !TryProp(grid, "blocks", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var block in blocks.EnumerateArray())
        {
            if (IndexedValue.KeyOf(Str(block, "contentElementTypeKey")) == elementTypeKey)
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
                if (IndexedValue.KeyOf(Str(element, "key") ?? Str(element, "udi")) is { } key)
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
        var typeKey = IndexedValue.KeyOf(Str(data, "contentTypeKey"));
        var type = typeKey is { } tk ? await context.Schema.ElementTypeAsync(tk, context.CancellationToken) : null;
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (data.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (Str(entry, "alias") is { } a && entry.TryGetProperty("value", out var v))
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
        w.WriteString("id", IndexedValue.KeyOf(Str(data, "key") ?? Str(data, "udi")) ?? Guid.Empty);
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
                await WriteValueAsync(property, raw, OutputLevel.Collapsed);
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

    private void WriteStrings(IEnumerable<string> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private void WriteRawOrString(string raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                document.RootElement.WriteTo(w);
                return;
            }
            catch (JsonException)
            {
                // Not JSON after all: written as text below.
            }
        }

        w.WriteStringValue(raw);
    }

    private void WriteNullableString(string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private void WriteNullableInt(string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>
    /// A property of a JSON object, in any case: uSync writes data type configurations with PascalCase top-level
    /// keys (<c>GridColumns</c>, <c>Blocks</c>) where Umbraco's own storage uses camelCase.
    /// </summary>
    private static bool TryProp(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static string? Str(JsonElement element, string name) =>
        TryProp(element, name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => v.ToString(),
            }
            : null;

    private static int? Int(JsonElement element, string name) =>
        TryProp(element, name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
}
