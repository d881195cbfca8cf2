using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.MultiUrlPicker</c>: links as <c>[{ name, url }]</c> (or Umbraco's <c>udi</c>/<c>type</c> links to content
/// and media). Rows of text and address on the form; a list of links on pages (unsafe addresses shown as text); the
/// Delivery API's link objects, leaving out links to what the caller may not see.
/// </summary>
public sealed class MultiUrlPickerEditor : PropertyEditor
{
    /// <summary>The most link rows the form shows: the stored links plus blank rows, up to this.</summary>
    public const int MaxLinkRows = 20;

    public override string Alias => "Umbraco.MultiUrlPicker";

    public override string FormView => "MultiUrl";

    public override string MandatoryVerb => "Choose";

    public override ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Links(value) is { Count: > 0 } links
            ? string.Join(", ", links.Select(l => string.IsNullOrWhiteSpace(l.Name) ? l.Url : $"{l.Name} ({l.Url})"))
            : value);

    public override EditorLayout Layout => EditorLayout.Fieldset;

    public override string ErrorTarget(string id) => id + "-name-0";

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var links = new List<JsonObject>();
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        string? error = null;
        for (var i = 0; i < MaxLinkRows; i++)
        {
            var name = post.Form[$"{field.Id}-name-{i}"].ToString().Trim();
            var url = post.Form[$"{field.Id}-url-{i}"].ToString().Trim();
            typed[$"name-{i}"] = name;
            typed[$"url-{i}"] = url;
            if (url.Length == 0)
            {
                continue;
            }

            if (!IsAllowedLink(url))
            {
                error ??= $"Links in {field.Property.Name.ToLowerInvariant()} must start with https://, http:// or /";
                continue;
            }

            links.Add(new JsonObject { ["name"] = name.Length == 0 ? url : name, ["url"] = url });
        }

        return ValueTask.FromResult(error is not null
            ? EditorRead.Refused(field, error, typed)
            : EditorRead.Accepted(field, links.Count == 0 ? "" : new JsonArray([.. links]).ToJsonString(), typed));
    }

    public static bool IsAllowedLink(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    /// <summary>The stored links as (name, url) rows.</summary>
    public static IReadOnlyList<(string Name, string Url)> Links(string? value)
    {
        try
        {
            return JsonNode.Parse(value ?? "") is JsonArray array
                ? array.OfType<JsonObject>().Select(o => (o["name"]?.ToString() ?? "", o["url"]?.ToString() ?? "")).ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.List(PageLinks(value)));

    private static List<IHtmlContent> PageLinks(string value)
    {
        var links = new List<IHtmlContent>();
        try
        {
            using var document = JsonDocument.Parse(value);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [PropertyRenderer.Text(value)];
            }

            foreach (var link in document.RootElement.EnumerateArray())
            {
                var url = link.TryGetProperty("url", out var u) ? u.GetString() : null;
                var name = link.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (!string.IsNullOrWhiteSpace(url) && HtmlSanitiser.IsSafeUrl(url, allowMailTo: true))
                {
                    links.Add(PropertyRenderer.Link(string.IsNullOrWhiteSpace(name) ? url : name, url));
                }
                else if (!string.IsNullOrWhiteSpace(name))
                {
                    links.Add(PropertyRenderer.Text(name));
                }
            }
        }
        catch (JsonException)
        {
            return [PropertyRenderer.Text(value)];
        }

        return links;
    }

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value);
        }
        catch (JsonException)
        {
            WriteEmptyJson(writer.Json);
            return;
        }

        using (document)
        {
            writer.Json.WriteStartArray();
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var link in document.RootElement.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.Object))
                {
                    await writer.WriteLinkAsync(link);
                }
            }

            writer.Json.WriteEndArray();
        }
    }

    public override void WriteEmptyJson(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        json.WriteEndArray();
    }
}
