using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// One Delivery API request's view of the content: who may see what (every caller is anonymous to public
/// access; disallowed types are never shown), the Start-Item, Preview, and the media it has looked up.
/// </summary>
public sealed class DeliveryContext(
    IPublishedContentCache cache,
    IPublicAccess access,
    MediaRepository media,
    DeliverySchema schema,
    DeliveryApiOptions options,
    CancellationToken cancellationToken)
{
    private static readonly IReadOnlyCollection<string> Anonymous = [];
    private readonly HashSet<string> _disallowed = options.DisallowedContentTypeAliases.ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, MediaItem?> _media = [];

    public IPublishedContentCache Cache { get; } = cache;
    public DeliverySchema Schema { get; } = schema;
    public MediaRepository Media { get; } = media;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public PublishedContent? StartItem { get; init; }
    public bool Preview { get; init; }

    /// <summary>Whether an anonymous caller may see the node: not of a disallowed type, and not restricted by public access.</summary>
    public bool CanSee(PublishedContent content) => !IsDisallowed(content) && access.CanView(content, Anonymous);

    /// <summary>Whether public access lets an anonymous caller see the node, whatever its type.</summary>
    public bool IsPublic(PublishedContent content) => access.CanView(content, Anonymous);

    /// <summary>A node of a type in <c>DisallowedContentTypeAliases</c>: never returned, as if it did not exist.</summary>
    public bool IsDisallowed(PublishedContent content) => _disallowed.Contains(content.ContentTypeAlias);

    public bool CanSeeMedia(Guid key) => access.CanViewMedia(key, Anonymous);

    /// <summary>The published node a path answers at, relative to the Start-Item when one was given.</summary>
    public PublishedContent? ResolvePath(string path)
    {
        var normalised = PublishedContentCache.NormaliseRoute(Uri.UnescapeDataString(path ?? ""));
        if (normalised is null)
        {
            return null;
        }

        if (StartItem?.Route is { } start && start != "/")
        {
            normalised = normalised == "/" ? start : start + normalised;
        }

        return Cache.GetByRoute(normalised);
    }

    /// <summary>The top-level node a node lives under (itself for a top-level node).</summary>
    public PublishedContent Root(PublishedContent content)
    {
        var current = content;
        for (var guard = 0; current.ParentKey is { } parentKey && Cache.GetByKey(parentKey) is { } parent && guard < 1000; guard++)
        {
            current = parent;
        }

        return current;
    }

    /// <summary>Umbraco's route: the path below the node's root, with a trailing slash, and the root as start item.</summary>
    public (string Path, PublishedContent Root) Route(PublishedContent content)
    {
        var root = Root(content);
        var route = content.Route ?? "/";
        if (root.Route is { } rootRoute && rootRoute != "/" && route.StartsWith(rootRoute, StringComparison.OrdinalIgnoreCase)
            && (route.Length == rootRoute.Length || route[rootRoute.Length] == '/'))
        {
            route = route[rootRoute.Length..];
        }

        if (!route.EndsWith('/'))
        {
            route += "/";
        }

        return (route, root);
    }

    /// <summary>Media items by key, looked up once per request; missing, binned and protected items are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, MediaItem>> MediaAsync(IReadOnlyCollection<Guid> keys)
    {
        var missing = keys.Where(k => !_media.ContainsKey(k)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var found = await Media.GetManyAsync(missing, CancellationToken);
            foreach (var key in missing)
            {
                _media[key] = found.FirstOrDefault(m => m.Key == key);
            }
        }

        return keys.Distinct()
            .Where(k => _media.GetValueOrDefault(k) is not null && CanSeeMedia(k))
            .ToDictionary(k => k, k => _media[k]!);
    }
}
