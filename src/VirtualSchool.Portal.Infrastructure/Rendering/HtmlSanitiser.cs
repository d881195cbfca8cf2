using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Cleans HTML to an allow-list of elements and attributes (HtmlSanitizer cannot be installed here). Scripts,
/// styles, frames, event handlers, classes and unsafe URLs are removed; unknown elements are unwrapped so their
/// text survives. <see cref="Sanitise"/> gives plain markup, what is stored and what the Delivery API returns
/// (content, not presentation, as Umbraco's does); <see cref="SanitiseForSite"/> also gives the elements GOV.UK
/// Frontend's classes, for the site's own pages.
/// </summary>
public static class HtmlSanitiser
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "form", "input", "button", "select", "textarea", "link", "meta", "base", "svg", "math",
    };

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = [], ["br"] = [], ["strong"] = [], ["b"] = [], ["em"] = [], ["i"] = [], ["u"] = [], ["s"] = [],
        ["sub"] = [], ["sup"] = [], ["small"] = [], ["ul"] = [], ["ol"] = ["start"], ["li"] = [],
        ["a"] = ["href", "title"], ["h2"] = ["id"], ["h3"] = ["id"], ["h4"] = ["id"], ["h5"] = [], ["h6"] = [],
        ["blockquote"] = [], ["code"] = [], ["pre"] = [], ["hr"] = [], ["abbr"] = ["title"],
        ["table"] = [], ["caption"] = [], ["thead"] = [], ["tbody"] = [], ["tfoot"] = [], ["tr"] = [],
        ["th"] = ["scope", "colspan", "rowspan"], ["td"] = ["colspan", "rowspan"],
        ["img"] = ["src", "alt", "width", "height"], ["dl"] = [], ["dt"] = [], ["dd"] = [],
    };

    private static readonly Dictionary<string, string> GovukClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "govuk-body", ["ul"] = "govuk-list govuk-list--bullet", ["ol"] = "govuk-list govuk-list--number",
        ["a"] = "govuk-link", ["h2"] = "govuk-heading-l", ["h3"] = "govuk-heading-m", ["h4"] = "govuk-heading-s",
        ["h5"] = "govuk-heading-s", ["h6"] = "govuk-heading-s", ["table"] = "govuk-table", ["caption"] = "govuk-table__caption",
        ["thead"] = "govuk-table__head", ["tbody"] = "govuk-table__body", ["tr"] = "govuk-table__row",
        ["th"] = "govuk-table__header", ["td"] = "govuk-table__cell", ["hr"] = "govuk-section-break govuk-section-break--m govuk-section-break--visible",
        ["blockquote"] = "govuk-inset-text", ["dl"] = "govuk-summary-list",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Plain, safe markup: no classes, no styles, nothing executable.</summary>
    public static string Sanitise(string? html) => Clean(html, govukClasses: false);

    /// <summary>Safe markup with GOV.UK Frontend's classes, as the site's pages show it.</summary>
    public static string SanitiseForSite(string? html) => Clean(html, govukClasses: true);

    private static string Clean(string? html, bool govukClasses)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = Parser.ParseDocument("<!doctype html><html><body></body></html>");
        var body = document.Body!;
        var fragment = Parser.ParseFragment(html, body);
        foreach (var node in fragment.ToList())
        {
            body.AppendChild(node);
        }

        Clean(body, govukClasses);
        return body.InnerHtml;
    }

    private static void Clean(INode parent, bool govukClasses)
    {
        foreach (var child in parent.ChildNodes.ToList())
        {
            switch (child)
            {
                case IComment:
                    child.RemoveFromParent();
                    break;
                case IElement element:
                    CleanElement(element, govukClasses);
                    break;
            }
        }
    }

    private static void CleanElement(IElement element, bool govukClasses)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name))
        {
            element.RemoveFromParent();
            return;
        }

        if (name == "h1")
        {
            // The page's own title is its only h1.
            element = Rename(element, "h2");
            name = "h2";
        }

        if (!Allowed.TryGetValue(name, out var attributes))
        {
            Clean(element, govukClasses);
            var parent = element.Parent!;
            foreach (var child in element.ChildNodes.ToList())
            {
                parent.InsertBefore(child, element);
            }

            element.RemoveFromParent();
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (!attributes.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase))
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        if (element.GetAttribute("href") is { } href && !IsSafeUrl(href, allowMailTo: true))
        {
            element.RemoveAttribute("href");
        }

        if (name == "img" && (element.GetAttribute("src") is not { } src || !IsSafeUrl(src, allowMailTo: false)))
        {
            element.RemoveFromParent();
            return;
        }

        if (govukClasses && GovukClasses.TryGetValue(name, out var classes))
        {
            element.SetAttribute("class", classes);
        }

        Clean(element, govukClasses);
    }

    private static IElement Rename(IElement element, string name)
    {
        var replacement = element.Owner!.CreateElement(name);
        foreach (var child in element.ChildNodes.ToList())
        {
            replacement.AppendChild(child);
        }

        element.Parent!.ReplaceChild(replacement, element);
        return replacement;
    }

    /// <summary>Relative URLs, http(s), and (for links) mailto and tel. Never javascript:, data: or others.</summary>
    public static bool IsSafeUrl(string url, bool allowMailTo)
    {
        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        if (trimmed.StartsWith('/') || trimmed.StartsWith('#') || trimmed.StartsWith('?'))
        {
            return true;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true; // relative path such as "page"
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" || allowMailTo && scheme is "mailto" or "tel";
    }
}
