using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>An audience readers can filter guidance by: its label and the slug used in <c>?audience=</c>.</summary>
public sealed record AudienceOption(string Label, string Slug, int Count, bool Selected);

/// <summary>The guidance library's items, filtered by <c>?audience=</c>.</summary>
public sealed record GuidanceListing(IReadOnlyList<PublishedContent> Items, IReadOnlyList<AudienceOption> Audiences, AudienceOption? Selected, string? Error)
{
    public const string LibraryType = "guidanceLibrary";
    public const string ItemType = "guidanceItem";

    public static GuidanceListing Build(PublishedContent library, IPublishedContentCache cache, string? audience, Func<PublishedContent, bool>? visible = null)
    {
        var all = cache.GetChildren(library.Key)
            .Where(c => string.Equals(c.ContentTypeAlias, ItemType, StringComparison.OrdinalIgnoreCase) && (visible is null || visible(c)))
            .ToList();
        var audiences = all
            .SelectMany(i => PropertyRenderer.Items(i.Value("audiences")))
            .GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Label: g.First(), Slug: UrlSegments.FromName(g.First()), Count: g.Count()))
            .OrderBy(a => a.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();

        AudienceOption? selected = null;
        string? error = null;
        if (!string.IsNullOrWhiteSpace(audience))
        {
            var match = audiences.FirstOrDefault(a => string.Equals(a.Slug, audience.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Slug is null)
            {
                error = "Select an audience from the list";
            }
            else
            {
                selected = new AudienceOption(match.Label, match.Slug, match.Count, true);
            }
        }

        var items = selected is null
            ? all
            : all.Where(i => PropertyRenderer.Items(i.Value("audiences")).Any(a => UrlSegments.FromName(a) == selected.Slug)).ToList();
        var options = audiences.Select(a => new AudienceOption(a.Label, a.Slug, a.Count, a.Slug == selected?.Slug)).ToList();
        return new GuidanceListing(items, options, selected, error);
    }
}
