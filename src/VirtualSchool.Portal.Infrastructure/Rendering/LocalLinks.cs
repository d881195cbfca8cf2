using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Umbraco's local links in rich text: <c>href="/{localLink:&lt;key&gt;}"</c> with <c>type="document"</c> or
/// <c>type="media"</c> (Umbraco 14 and later), and the older <c>/{localLink:umb://document/&lt;32 hex&gt;}</c> and
/// <c>umb://media/…</c> forms (Umbraco 8 to 13). Stored as keys, so a moved or renamed page keeps its links; the site
/// and the Delivery API each resolve them to addresses when they render, and a link that cannot be resolved (to
/// something unpublished, binned, missing or restricted) loses its <c>&lt;a&gt;</c> but keeps its text.
/// </summary>
public static partial class LocalLinks
{
    [GeneratedRegex(@"^/?\{localLink:(?<id>[^}]+)\}(?<suffix>[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^umb://(?<type>document|media)/(?<key>[0-9a-f]{32})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Udi();

    /// <summary>Whether an address is a local link (in any of Umbraco's forms).</summary>
    public static bool IsLocalLink(string? href) => Parse(href, type: null) is not null;

    /// <summary>The local link an address and its <c>type</c> attribute name; null when it is not one (or names no key).</summary>
    public static LocalLink? Parse(string? href, string? type)
    {
        var match = string.IsNullOrEmpty(href) ? null : Pattern().Match(href.Trim());
        if (match is not { Success: true })
        {
            return null;
        }

        var id = match.Groups["id"].Value.Trim();
        var suffix = match.Groups["suffix"].Value;
        var isMedia = type?.Trim().ToLowerInvariant() switch
        {
            "media" => true,
            "document" => false,
            _ => (bool?)null,
        };
        if (Udi().Match(id) is { Success: true } udi)
        {
            return new LocalLink(Guid.ParseExact(udi.Groups["key"].Value, "N"), isMedia ?? udi.Groups["type"].Value.Equals("media", StringComparison.OrdinalIgnoreCase), suffix);
        }

        return Guid.TryParse(id, out var key) ? new LocalLink(key, isMedia, suffix) : null;
    }

    /// <summary>The links (<c>a</c> elements) below <paramref name="root"/> whose address is a local link, in document order.</summary>
    public static IReadOnlyList<(IElement Anchor, LocalLink Link)> Find(IElement root) =>
        root.QuerySelectorAll("a[href]")
            .Select(a => (Anchor: a, Link: Parse(a.GetAttribute("href"), a.GetAttribute("type"))))
            .Where(x => x.Link is not null)
            .Select(x => (x.Anchor, x.Link!))
            .ToList();

    /// <summary>Replaces a link with its contents: the reader keeps the words, without a link to what they may not see.</summary>
    public static void Unwrap(IElement anchor)
    {
        if (anchor.Parent is not { } parent)
        {
            return;
        }

        foreach (var child in anchor.ChildNodes.ToList())
        {
            parent.InsertBefore(child, anchor);
        }

        anchor.Remove();
    }
}
