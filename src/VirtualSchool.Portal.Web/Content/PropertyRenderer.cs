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
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Web.Hosting;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// Renders property values as HTML on pages: each by its editor (<see cref="PropertyEditor.RenderAsync"/>), with the
/// pieces pages and editors share (text, paragraphs, Markdown, rich text, dates, lists, links to pages and files).
/// Pages are cached for every reader, so only what every reader may see is ever linked.
/// </summary>
public sealed class PropertyRenderer(
    IPublishedContentCache cache, MediaRepository media, IPublicAccess access, PropertyEditorCollection editors, RichTextRenderer richText)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static IHtmlContent Text(string? value) => new HtmlString(Encoder.Encode(value ?? ""));

    // Published values are immutable strings held by the cache's snapshots, so their rendering is kept beside
    // them and goes when the snapshot does (a publish replaces the strings).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, HtmlString> MarkdownMemo = new();

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

    /// <summary>
    /// A rich-text value (markup, or Umbraco's <c>{ markup, blocks }</c>) as a page shows it, with the allow-list of the
    /// data type <paramref name="dataTypeKey"/> (the default when null) and its local links resolved for every reader.
    /// </summary>
    public Task<IHtmlContent> RichTextAsync(string? value, Guid? dataTypeKey, CancellationToken cancellationToken = default) =>
        richText.RenderAsync(value, dataTypeKey, cancellationToken);

    /// <summary>A page's rich-text property by alias, with its data type's allow-list (for a document type's own view).</summary>
    public Task<IHtmlContent> RichTextAsync(PublishedContent content, string alias, CancellationToken cancellationToken = default) =>
        richText.RenderAsync(
            content.Value(alias),
            content.ContentType.Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase))?.DataTypeKey,
            cancellationToken);

    /// <summary>Rich-text markup inside a block (whose element type's data types the page does not look up).</summary>
    public Task<HtmlString> RichTextMarkupAsync(string? markup, CancellationToken cancellationToken = default) =>
        richText.RenderMarkupAsync(markup, RichTextSettings.Default, cancellationToken);

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
    public static IReadOnlyList<string> Items(string? value) => StoredValues.Items(value);

    /// <summary>
    /// The published node a content picker value (a UDI or GUID) points at, if every reader can see it: pages are
    /// cached for everyone, so a link to a protected page is never rendered into one.
    /// </summary>
    public PublishedContent? Content(string? value)
    {
        var key = ParseUdi(value?.Split(',')[0]);
        return key is { } k ? cache.GetByKey(k) is { Route: not null } content && !access.IsProtected(content) ? content : null : null;
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

    /// <summary>The media keys of a media picker value, in the picker's order.</summary>
    public static List<Guid> MediaKeys(string? value) => StoredValues.MediaKeys(value);

    /// <summary>Reads <c>umb://document/{32 hex}</c>, <c>umb://media/…</c> or a plain GUID.</summary>
    public static Guid? ParseUdi(string? value) => StoredValues.KeyOf(value);

    /// <summary>Links to the published pages a content picker value points at, that every reader may see.</summary>
    public IHtmlContent PageLinks(string value) =>
        List(value.Split(',').Select(Content).OfType<PublishedContent>().Select(c => Link(c.Name, c.Route!)));

    /// <summary>
    /// The media file an upload field's URL names: the file, or Hidden when only some members may see it (a cached
    /// page must not link it); neither when the URL is not a file in the media library.
    /// </summary>
    public async Task<(MediaLink? File, bool Hidden)> UploadedFileAsync(string url, CancellationToken cancellationToken = default)
    {
        if (await media.GetByUrlAsync(url.Trim(), cancellationToken) is not { IsFolder: false, Url: not null } item)
        {
            return (null, false);
        }

        return access.AllowedMediaGroups(item.Key) is null
            ? (new MediaLink(item.Name, item.Url, item.Bytes, item.Extension), false)
            : (null, true);
    }

    /// <summary>Renders any property by its editor, for the generic view; an empty value renders nothing.</summary>
    public async Task<IHtmlContent> RenderAsync(PublishedContent content, PropertyType property, CancellationToken cancellationToken = default) =>
        content.Value(property.Alias) is { } value
            ? await editors.For(property.EditorAlias).RenderAsync(this, property, value, cancellationToken)
            : HtmlString.Empty;

    public static IHtmlContent FileLink(MediaLink file)
    {
        var meta = FileMeta.Html(file);
        return new HtmlString(
            $"<a class=\"govuk-link\" href=\"{Encoder.Encode(file.Url)}\">{Encoder.Encode(file.Name)}</a>" + (meta.Length > 0 ? " " + meta : ""));
    }

    public static HtmlString Link(string text, string url) =>
        new($"<a class=\"govuk-link\" href=\"{Encoder.Encode(url)}\">{Encoder.Encode(text)}</a>");

    /// <summary>A paragraph around inline HTML.</summary>
    public static HtmlString Wrap(IHtmlContent inner)
    {
        using var writer = new StringWriter();
        inner.WriteTo(writer, Encoder);
        return new HtmlString($"<p class=\"govuk-body\">{writer}</p>");
    }

    /// <summary>A GOV.UK list of the items; nothing when there are none.</summary>
    public static HtmlString List(IEnumerable<IHtmlContent> items)
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
