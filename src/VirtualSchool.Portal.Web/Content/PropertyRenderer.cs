using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.Hosting;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>A file a page links to, with what a reader needs before opening it.</summary>
public sealed record MediaLink(string Name, string Url, long? Bytes, string? Extension)
{
    public string? Size => Bytes is { } bytes ? FileSizes.Format(bytes) : null;
}

/// <summary>
/// Renders property values as HTML, by editor alias, the way Umbraco's property value converters would.
/// An editor it does not know is rendered as its raw value, as text.
/// </summary>
public sealed class PropertyRenderer(IPublishedContentCache cache, MediaRepository media, VirtualSchool.Portal.Core.Access.IPublicAccess access)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static IHtmlContent Text(string? value) => new HtmlString(Encoder.Encode(value ?? ""));

    // Published values are immutable strings held by the cache's snapshots, so their rendering is kept beside
    // them and goes when the snapshot does (a publish replaces the strings).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, HtmlString> MarkdownMemo = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, HtmlString> RichTextMemo = new();

    public static IHtmlContent Markdown(string? value) =>
        value is null ? HtmlString.Empty : MarkdownMemo.GetValue(value, v => new HtmlString(MarkdownRenderer.ToSiteHtml(v)));

    /// <summary>Plain text with paragraphs for blank lines and line breaks kept.</summary>
    public static IHtmlContent Paragraphs(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return HtmlString.Empty;
        }

        var html = new StringBuilder();
        foreach (var paragraph in value.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p class=\"govuk-body\">")
                .AppendJoin("<br>", paragraph.Split('\n').Select(line => Encoder.Encode(line)))
                .Append("</p>");
        }

        return new HtmlString(html.ToString());
    }

    public static IHtmlContent RichText(string? value) =>
        string.IsNullOrWhiteSpace(value) ? HtmlString.Empty : RichTextMemo.GetValue(value, SanitiseRichText);

    private static HtmlString SanitiseRichText(string value)
    {
        var markup = value.TrimStart().StartsWith('{') ? TryJson(value, root => root.TryGetProperty("markup", out var m) ? m.GetString() : null) : value;
        return new HtmlString(HtmlSanitiser.SanitiseForSite(markup));
    }

    /// <summary>A date as "1 February 2018" (UK English); null when the value is not a date.</summary>
    public static string? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.TrimStart().StartsWith('{') ? TryJson(value, root => root.TryGetProperty("date", out var d) ? d.GetString() : null) : value;
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("d MMMM yyyy", British)
            : null;
    }

    /// <summary>The items of a list value: a JSON array (checkbox list, tags, dropdown) or comma-separated text.</summary>
    public static IReadOnlyList<string> Items(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                return document.RootElement.EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString())
                    .Where(s => !string.IsNullOrWhiteSpace(s))
                    .Select(s => s!)
                    .ToList();
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to comma-separated text.
            }
        }

        return trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The published node a content picker value (a UDI or GUID) points at, if every reader can see it: pages are
    /// cached for everyone, so a link to a protected page is never rendered into one.
    /// </summary>
    public PublishedContent? Content(string? value)
    {
        var key = ParseUdi(value?.Split(',')[0]);
        return key is { } k ? cache.GetByKey(k) is { Route: not null } content && !VirtualSchool.Portal.Core.Access.PublicAccessExtensions.IsProtected(access, content) ? content : null : null;
    }

    /// <summary>The media a media picker value points at (MediaPicker3 JSON, or legacy UDIs), in the picker's order.</summary>
    public async Task<IReadOnlyList<MediaLink>> MediaAsync(string? value, CancellationToken cancellationToken = default)
    {
        var keys = MediaKeys(value);
        var items = await media.GetManyAsync(keys, cancellationToken);
        return keys
            .Select(k => items.FirstOrDefault(i => i.Key == k))
            .Where(i => i is { Url: not null } && access.AllowedMediaGroups(i.Key) is null)
            .Select(i => new MediaLink(i!.Name, i.Url!, i.Bytes, i.Extension))
            .ToList();
    }

    internal static List<Guid> MediaKeys(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                return document.RootElement.EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("mediaKey", out var k) ? ParseUdi(k.GetString()) : ParseUdi(e.ToString()))
                    .OfType<Guid>()
                    .ToList();
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return trimmed.Split(',').Select(ParseUdi).OfType<Guid>().ToList();
    }

    /// <summary>Reads <c>umb://document/{32 hex}</c>, <c>umb://media/…</c> or a plain GUID.</summary>
    public static Guid? ParseUdi(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var slash = trimmed.LastIndexOf('/');
        var id = slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
        return Guid.TryParse(id, out var key) ? key : null;
    }

    /// <summary>Renders any property sensibly for the generic view.</summary>
    public async Task<IHtmlContent> RenderAsync(PublishedContent content, PropertyType property, CancellationToken cancellationToken = default)
    {
        var value = content.Value(property.Alias);
        if (value is null)
        {
            return HtmlString.Empty;
        }

        switch (property.EditorAlias)
        {
            case "Umbraco.TextBox" or "Umbraco.Plain.String" or "Umbraco.EmailAddress" or "Umbraco.Label" or "Umbraco.Integer"
                or "Umbraco.Decimal" or "Umbraco.Slider" or "Umbraco.ColorPicker":
                return Wrap(Text(value));
            case "Umbraco.TextArea" or "Umbraco.TextboxMultiple":
                return Paragraphs(value);
            case "Umbraco.MarkdownEditor":
                return Markdown(value);
            case "Umbraco.TinyMCE" or "Umbraco.RichText":
                return RichText(value);
            case "Umbraco.TrueFalse":
                return Wrap(Text(value is "1" or "true" or "True" ? "Yes" : "No"));
            case "Umbraco.DateTime" or "Umbraco.DateTimeWithTimeZone" or "Umbraco.DateOnly":
                return Wrap(Text(Date(value) ?? value));
            case "Umbraco.Tags" or "Umbraco.CheckBoxList" or "Umbraco.DropDown.Flexible" or "Umbraco.RadioButtonList" or "Umbraco.MultipleTextstring":
                return List(Items(value).Select(i => Text(i)));
            case "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker":
                return List(value.Split(',').Select(v => Content(v)).OfType<PublishedContent>().Select(c => Link(c.Name, c.Route!)));
            case "Umbraco.MediaPicker3" or "Umbraco.MediaPicker" or "Umbraco.MultipleMediaPicker":
                return List((await MediaAsync(value, cancellationToken)).Select(FileLink));
            case "Umbraco.MultiUrlPicker":
                return List(UrlPickerLinks(value));
            case "Umbraco.BlockList" or "Umbraco.BlockGrid":
                return Blocks(value);
            default:
                // An editor the portal does not know: keep its raw value and show it as text.
                return Wrap(Text(value));
        }
    }

    public static IHtmlContent FileLink(MediaLink file)
    {
        var meta = string.Join(' ', new[] { file.Size is { } size ? $"Size: {size}" : null, file.Extension is { } ext ? $"File format: {ext}" : null }.OfType<string>());
        return new HtmlString(
            $"<a class=\"govuk-link\" href=\"{Encoder.Encode(file.Url)}\">{Encoder.Encode(file.Name)}</a>" +
            (meta.Length > 0 ? $" <span class=\"app-file-meta\">{Encoder.Encode(meta)}</span>" : ""));
    }

    private static List<IHtmlContent> UrlPickerLinks(string value)
    {
        var links = new List<IHtmlContent>();
        try
        {
            using var document = JsonDocument.Parse(value);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [Text(value)];
            }

            foreach (var link in document.RootElement.EnumerateArray())
            {
                var url = link.TryGetProperty("url", out var u) ? u.GetString() : null;
                var name = link.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (!string.IsNullOrWhiteSpace(url) && HtmlSanitiser.IsSafeUrl(url, allowMailTo: true))
                {
                    links.Add(Link(string.IsNullOrWhiteSpace(name) ? url : name, url));
                }
                else if (!string.IsNullOrWhiteSpace(name))
                {
                    links.Add(Text(name));
                }
            }
        }
        catch (JsonException)
        {
            return [Text(value)];
        }

        return links;
    }

    /// <summary>Block list and grid values: each block's values, text as text and rich text sanitised.</summary>
    private static HtmlString Blocks(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            if (!root.TryGetProperty("contentData", out var contentData) || contentData.ValueKind != JsonValueKind.Array)
            {
                return Wrap(Text(value));
            }

            var html = new StringBuilder("<div class=\"app-blocks\">");
            foreach (var block in contentData.EnumerateArray())
            {
                html.Append("<div class=\"app-block govuk-!-margin-bottom-6\">");
                if (block.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
                {
                    foreach (var entry in values.EnumerateArray())
                    {
                        if (entry.TryGetProperty("value", out var v))
                        {
                            html.Append(BlockValue(v));
                        }
                    }
                }
                else
                {
                    foreach (var property in block.EnumerateObject().Where(p => p.Name is not ("contentTypeKey" or "udi" or "key")))
                    {
                        html.Append(BlockValue(property.Value));
                    }
                }

                html.Append("</div>");
            }

            return new HtmlString(html.Append("</div>").ToString());
        }
        catch (JsonException)
        {
            return Wrap(Text(value));
        }
    }

    private static string BlockValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString();
                if (string.IsNullOrWhiteSpace(text) || text.StartsWith("umb://", StringComparison.Ordinal) || Guid.TryParse(text, out _))
                {
                    return "";
                }

                return text.TrimStart().StartsWith('<') ? HtmlSanitiser.SanitiseForSite(text) : $"<p class=\"govuk-body\">{Encoder.Encode(text)}</p>";
            case JsonValueKind.Object when value.TryGetProperty("markup", out var markup):
                return HtmlSanitiser.SanitiseForSite(markup.GetString());
            case JsonValueKind.Object when value.TryGetProperty("text", out var heading):
                return $"<p class=\"govuk-body govuk-!-font-weight-bold\">{Encoder.Encode(heading.GetString() ?? "")}</p>";
            case JsonValueKind.Object when value.TryGetProperty("contentData", out _):
                using (var writer = new StringWriter())
                {
                    Blocks(value.GetRawText()).WriteTo(writer, Encoder);
                    return writer.ToString();
                }

            default:
                return "";
        }
    }

    private static HtmlString Link(string text, string url) =>
        new($"<a class=\"govuk-link\" href=\"{Encoder.Encode(url)}\">{Encoder.Encode(text)}</a>");

    private static HtmlString Wrap(IHtmlContent inner)
    {
        using var writer = new StringWriter();
        inner.WriteTo(writer, Encoder);
        return new HtmlString($"<p class=\"govuk-body\">{writer}</p>");
    }

    private static HtmlString List(IEnumerable<IHtmlContent> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return HtmlString.Empty;
        }

        using var writer = new StringWriter();
        writer.Write("<ul class=\"govuk-list\">");
        foreach (var item in list)
        {
            writer.Write("<li>");
            item.WriteTo(writer, Encoder);
            writer.Write("</li>");
        }

        writer.Write("</ul>");
        return new HtmlString(writer.ToString());
    }

    private static string? TryJson(string value, Func<JsonElement, string?> read)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return value;
        }
    }

    /// <summary>When the content was last changed, as UK local time, for "Last updated".</summary>
    public static string LastUpdated(PublishedContent content) =>
        UkTime.FromUtc(content.UpdateDate).ToString("d MMMM yyyy", British);
}
