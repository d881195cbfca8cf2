using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Cleans HTML with HtmlSanitizer (Ganss.Xss) to the allow-list of a rich-text data type
/// (<see cref="RichTextAllowList"/>). Scripts, styles, frames, forms, embedded documents and foreign content are
/// dropped with everything in them; other elements outside the allow-list are unwrapped so their text survives.
/// Event handlers, classes, styles and every address that is not http, https, mailto, tel, a relative path, an
/// <c>#anchor</c> or a local link (<c>/{localLink:…}</c>) are removed. <see cref="Sanitise(string?)"/> gives plain
/// markup, what is stored and what the Delivery API returns; the site adds GOV.UK classes when it renders
/// (<see cref="GovukClasses"/>).
/// </summary>
public static class HtmlSanitiser
{
    // Removed with their contents: what they hold is code, a nested document or a form, never text for a reader.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "noframes", "template", "form", "input", "button", "select", "textarea", "option", "link", "meta", "base",
        "svg", "math", "title", "head", "param", "source", "track", "audio", "video", "canvas", "portal",
    };

    private static readonly HtmlParser Parser = new();
    private static readonly ConditionalWeakTable<RichTextSettings, HtmlSanitizer> Sanitisers = new();

    /// <summary>Plain, safe markup with the default allow-list: no classes, no styles, nothing executable.</summary>
    public static string Sanitise(string? html) => Sanitise(html, RichTextSettings.Default);

    /// <summary>Plain, safe markup with a data type's allow-list, as stored and as the Delivery API returns it.</summary>
    public static string Sanitise(string? html, RichTextSettings settings) =>
        string.IsNullOrWhiteSpace(html) ? "" : Serialise(SanitiseToBody(html, settings));

    /// <summary>Safe markup with GOV.UK Frontend's classes (the default allow-list), for Markdown on the site's pages.</summary>
    public static string SanitiseForSite(string? html) => SanitiseForSite(html, RichTextSettings.Default);

    /// <summary>Safe markup with a data type's allow-list and GOV.UK Frontend's classes, as the site's pages show it.</summary>
    public static string SanitiseForSite(string? html, RichTextSettings settings)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var body = SanitiseToBody(html, settings);
        GovukClasses.Add(body);
        return Serialise(body);
    }

    /// <summary>
    /// The sanitised markup as the body of a document of its own, for a renderer that changes it further (resolving
    /// local links, adding classes) before <see cref="Serialise"/>.
    /// </summary>
    public static IElement SanitiseToBody(string? html, RichTextSettings settings)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body></body></html>");
        var body = document.Body!;
        if (string.IsNullOrWhiteSpace(html))
        {
            return body;
        }

        foreach (var node in Parser.ParseFragment(html, body).ToList())
        {
            body.AppendChild(node);
        }

        var allowList = RichTextAllowList.For(settings);
        Prepare(body, allowList);
        var sanitiser = Sanitisers.GetValue(settings, _ => Create(allowList));
        sanitiser.SanitizeDom(document, (IHtmlElement)body);
        return body;
    }

    /// <summary>The body's markup, written with HtmlSanitizer's formatter (which escapes angle brackets in attributes).</summary>
    public static string Serialise(IElement body)
    {
        using var writer = new StringWriter();
        foreach (var child in body.ChildNodes)
        {
            child.ToHtml(writer, HtmlFormatter.Instance);
        }

        return writer.ToString();
    }

    /// <summary>Relative URLs, http(s), and (for links) mailto and tel. Never javascript:, data:, protocol-relative or others.</summary>
    public static bool IsSafeUrl(string url, bool allowMailTo)
    {
        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("/\\", StringComparison.Ordinal) || trimmed.StartsWith('\\'))
        {
            return false; // another site's address ("\" is read as "/" by browsers)
        }

        if (trimmed.StartsWith('/') || trimmed.StartsWith('#') || trimmed.StartsWith('?'))
        {
            return true;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative path such as "page" or "page/a:b"
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" || allowMailTo && scheme is "mailto" or "tel";
    }

    private static HtmlSanitizer Create(RichTextAllowList allowList)
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(allowList.Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(allowList.Attributes.Values.SelectMany(a => a), StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "action", "formaction", "background", "cite", "longdesc", "poster", "xlink:href", "data"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitiser = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitiser.FilterUrl += (_, e) =>
        {
            var isLink = e.Tag.LocalName == "a";
            e.SanitizedUrl = isLink && LocalLinks.IsLocalLink(e.OriginalUrl) ? e.OriginalUrl
                : IsSafeUrl(e.OriginalUrl, allowMailTo: isLink) ? e.SanitizedUrl
                : null;
        };
        sanitiser.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                KeepAllowedAttributes(element, allowList);
            }
        };
        return sanitiser;
    }

    // HtmlSanitizer's allow-list of attributes is one set for every element; this narrows it per element and value.
    private static void KeepAllowedAttributes(IElement element, RichTextAllowList allowList)
    {
        var allowed = allowList.Attributes.GetValueOrDefault(element.LocalName);
        foreach (var attribute in element.Attributes.ToList())
        {
            var keep = allowed?.Contains(attribute.LocalName) == true && attribute.LocalName switch
            {
                "type" => attribute.Value is "document" or "media" or "external",
                "id" => attribute.Value.Length is > 0 and <= 100 && attribute.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'),
                "start" or "colspan" or "rowspan" or "width" or "height" => int.TryParse(attribute.Value, out var n) && n is >= 0 and <= 10_000,
                "scope" => attribute.Value is "row" or "col" or "rowgroup" or "colgroup",
                "data-content-key" => Guid.TryParse(attribute.Value, out _),
                _ => true,
            };
            if (!keep)
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        if (element.LocalName == "img" && !element.HasAttribute("src"))
        {
            element.Remove();
        }
    }

    // Before HtmlSanitizer runs: executable and embedding elements go with their contents (HtmlSanitizer keeping
    // child nodes would otherwise leave a script's source as text), and headings are fitted to the page's outline.
    private static void Prepare(IElement body, RichTextAllowList allowList)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null)
            {
                continue; // inside something already dropped
            }

            var name = element.LocalName;
            if (Dropped.Contains(name) || element.NamespaceUri is { } ns && ns != NamespaceNames.HtmlUri)
            {
                element.Remove();
            }
            else if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                // The page's own title is its only h1; the portal's headings go no deeper than h4.
                var to = !allowList.Headings ? "p" : name switch { "h1" => "h2", "h5" or "h6" => "h4", _ => name };
                if (to != name)
                {
                    Rename(element, to);
                }
            }
        }
    }

    private static void Rename(IElement element, string name)
    {
        var replacement = element.Owner!.CreateElement(name);
        if (name != "p" && element.GetAttribute("id") is { } id)
        {
            replacement.SetAttribute("id", id); // an anchor's target; no other heading attribute is ever kept
        }

        foreach (var child in element.ChildNodes.ToList())
        {
            replacement.AppendChild(child);
        }

        element.Parent!.ReplaceChild(replacement, element);
    }
}
