using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>Rich text's markup as Umbraco's Delivery API writes it (its <c>ApiRichTextMarkupParser</c>).</summary>
public sealed partial class DeliveryJsonWriter
{
    /// <summary>
    /// Markup sanitised with its data type's allow-list (content, not presentation: no classes), its local links
    /// resolved as Umbraco resolves them: a page to its route's path with <c>data-start-item-path</c> and
    /// <c>data-start-item-id</c> naming its root, a media item to its file's URL. A link to what the caller may not
    /// see (unpublished, binned, missing, restricted or of a disallowed type) loses its <c>a</c> and keeps its text,
    /// so no <c>{localLink:…}</c> ever leaves the API.
    /// </summary>
    public async Task<string> RichTextMarkupAsync(string? markup, RichTextSettings settings)
    {
        var body = HtmlSanitiser.SanitiseToBody(markup, settings);
        var links = LocalLinks.Find(body);
        var files = await context.MediaAsync(links.Where(l => l.Link.IsMedia != false).Select(l => l.Link.Key).Distinct().ToList());
        foreach (var (anchor, link) in links)
        {
            if (link.IsMedia != true && Visible(link.Key) is { } content)
            {
                var (path, root) = context.Route(content);
                anchor.SetAttribute("href", path + link.Suffix);
                anchor.SetAttribute("data-start-item-path", root.UrlSegment);
                anchor.SetAttribute("data-start-item-id", root.Key.ToString("D"));
            }
            else if (link.IsMedia != false && files.GetValueOrDefault(link.Key) is { IsFolder: false, Url: { } url })
            {
                anchor.SetAttribute("href", url + link.Suffix);
            }
            else
            {
                LocalLinks.Unwrap(anchor);
            }
        }

        return HtmlSanitiser.Serialise(body);
    }
}
