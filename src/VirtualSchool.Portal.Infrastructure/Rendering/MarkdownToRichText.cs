using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Converts an editor's Markdown to stored rich text, once, when a property's data type changes from Markdown to
/// rich text: plain HTML (the site adds GOV.UK classes when it shows it), links to the site's own pages and media
/// files turned into Umbraco's local links (so a moved or renamed page keeps its links), external links kept when
/// they are http, https, mailto or tel, and anything else left as its text, reported so an administrator sees it
/// in the preview before anything changes.
/// </summary>
public static class MarkdownToRichText
{
    private static readonly HtmlParser Parser = new();

    public static RichTextConversion Convert(string? markdown, MarkdownLinkTargets targets)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return new RichTextConversion("", []);
        }

        var document = Parser.ParseDocument("<!doctype html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = Markdown.ToHtml(markdown, MarkdownRenderer.Pipeline);
        var keptAsText = new List<string>();
        foreach (var link in body.QuerySelectorAll("a").ToList())
        {
            if (!Relink(link, targets))
            {
                keptAsText.Add(link.GetAttribute("href") ?? "");
                Unwrap(link);
            }
        }

        return new RichTextConversion(HtmlSanitiser.Sanitise(body.InnerHtml), keptAsText);
    }

    // True when the link stays a link: a local link to a page or media item, an anchor, or an allowed external address.
    private static bool Relink(IElement link, MarkdownLinkTargets targets)
    {
        var href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href))
        {
            return false;
        }

        if (href.StartsWith('#'))
        {
            return href.Length > 1;
        }

        var sitePath = targets.SitePath(href);
        if (sitePath is null)
        {
            return IsExternal(href);
        }

        // A query or anchor stays after the local link, as Umbraco's link picker keeps "anchor or querystring".
        var end = sitePath.IndexOfAny(['?', '#']);
        var (path, suffix) = end < 0 ? (sitePath, "") : (sitePath[..end], sitePath[end..]);
        var (type, key) = path.StartsWith("/media/", StringComparison.OrdinalIgnoreCase)
            ? ("media", targets.Media(Uri.UnescapeDataString(path)))
            : ("document", targets.Page(Uri.UnescapeDataString(path)));
        if (key is not { } found)
        {
            return false;
        }

        link.SetAttribute("type", type);
        link.SetAttribute("href", LocalLink(found) + suffix);
        return true;
    }

    /// <summary>Umbraco's stored form of a link to a page or media item.</summary>
    public static string LocalLink(Guid key) => "/{localLink:" + key.ToString("D") + "}";

    private static bool IsExternal(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "mailto" or "tel"
        && HtmlSanitiser.IsSafeUrl(href, allowMailTo: true);

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        foreach (var child in element.ChildNodes.ToList())
        {
            parent.InsertBefore(child, element);
        }

        element.RemoveFromParent();
    }
}
