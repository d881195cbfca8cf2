using System.Globalization;
using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// Writes content and media as Umbraco's Delivery API does. Each property value is written by its editor
/// (<see cref="PropertyEditor.WriteJsonAsync"/>), which calls back here for what editors share: content items (their
/// properties only when expanded), media items with crops, links and block elements. Whatever an anonymous caller may
/// not see is left out wherever it would appear.
/// </summary>
public sealed partial class DeliveryJsonWriter(Utf8JsonWriter w, DeliveryContext context)
{
    private readonly PropertyEditorCollection editors = context.Schema.Editors;

    /// <summary>The JSON being written, for editors writing their values.</summary>
    public Utf8JsonWriter Json => w;

    /// <summary>The request: who is asking, what they may see, the schema and the cancellation.</summary>
    public DeliveryContext Context => context;

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
    public async Task WriteContentAsync(PublishedContent content, OutputLevel? expandedLevel)
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


    /// <summary>Writes one property value, converted by its editor (an empty value as the editor writes nothing).</summary>
    public async Task WriteValueAsync(PropertyType property, string? raw, OutputLevel level)
    {
        var editor = editors.For(property.EditorAlias);
        if (string.IsNullOrWhiteSpace(raw))
        {
            editor.WriteEmptyJson(w);
        }
        else
        {
            await editor.WriteJsonAsync(this, property, raw, level);
        }
    }

    /// <summary>A published page with a route that the caller may see; null otherwise.</summary>
    public PublishedContent? Visible(Guid key) =>
        context.Cache.GetByKey(key) is { Route: not null } content && context.CanSee(content) ? content : null;

    public void WriteStrings(IEnumerable<string> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    public void WriteRawOrString(string raw)
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

    /// <summary>A property of a JSON object, in any case (see <see cref="DataTypeConfiguration.TryProperty"/>).</summary>
    public static bool TryProp(JsonElement element, string name, out JsonElement value) =>
        DataTypeConfiguration.TryProperty(element, name, out value);

    public static string? Str(JsonElement element, string name) =>
        TryProp(element, name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => v.ToString(),
            }
            : null;

    public static int? Int(JsonElement element, string name) =>
        TryProp(element, name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
}
