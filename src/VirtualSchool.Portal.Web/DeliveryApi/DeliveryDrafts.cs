using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// Drafts for <c>Preview: true</c> requests (with a valid API key): the newest saved version of a node,
/// published or not, shaped like a published snapshot, and the draft tree that preview paths are followed through.
/// </summary>
/// <remarks>
/// Routes are Umbraco's in preview (<c>ApiContentRouteBuilder</c>): a node that is not published answers at
/// <c>/preview-{key}</c>; a published one at the path its draft URL segments and its ancestors' make. A request path
/// is followed through draft URL segments only, as Umbraco's <c>DocumentUrlService</c> does with <c>isDraft</c>,
/// so a never-published page is found under its parent and a page renamed in a draft at its new path.
/// </remarks>
public sealed class DeliveryDrafts(IContentRepository repository, DeliverySchema schema, IPublishedContentCache cache)
{
    /// <summary>Umbraco's <c>Constants.DeliveryApi.Routing.PreviewContentPathPrefix</c>.</summary>
    public const string PreviewPathPrefix = "preview-";

    public async Task<PublishedContent?> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        return node is null ? null : await DraftAsync(node, cancellationToken);
    }

    /// <summary>
    /// The draft a preview request's path answers at: <c>preview-{key}</c>, or else the draft tree followed segment by
    /// segment below the Start-Item (or from "/", whose holder is the published cache's, and the other top-level nodes).
    /// </summary>
    public async Task<PublishedContent?> ResolvePathAsync(string path, PublishedContent? startItem, CancellationToken cancellationToken)
    {
        var decoded = Uri.UnescapeDataString(path ?? "");
        var trimmed = decoded.Trim().Trim('/');
        if (trimmed.StartsWith(PreviewPathPrefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(trimmed.AsSpan(PreviewPathPrefix.Length), out var previewKey))
        {
            // As Umbraco's ByRouteContentApiController: preview-{key} names the item whatever the Start-Item.
            return await GetAsync(previewKey, cancellationToken);
        }

        var normalised = PublishedContentCache.NormaliseRoute(decoded);
        if (normalised is null)
        {
            return null;
        }

        if (startItem?.Route is { } start && start != "/")
        {
            normalised = normalised == "/" ? start : start + normalised;
        }

        var segments = normalised.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var home = cache.GetByRoute("/");
        if (segments.Length == 0)
        {
            return home is null ? null : await GetAsync(home.Key, cancellationToken);
        }

        // A top-level node other than the one at "/" answers at its own segment, and it wins that path over a child
        // of the "/" node with the same segment (the shallower node), as the published cache decides.
        var roots = await repository.GetChildrenAsync(null, cancellationToken);
        var current = FirstWithSegment(roots.Where(r => r.Key != home?.Key), segments[0]);
        var next = 1;
        if (current is null)
        {
            if (home is null)
            {
                return null;
            }

            current = FirstWithSegment(await repository.GetChildrenAsync(home.Key, cancellationToken), segments[0]);
        }

        for (; current is not null && next < segments.Length; next++)
        {
            current = FirstWithSegment(await repository.GetChildrenAsync(current.Key, cancellationToken), segments[next]);
        }

        return current is null ? null : await DraftAsync(current, cancellationToken);
    }

    /// <summary>
    /// The drafts above a draft that the published cache does not hold (never-published or unpublished ancestors),
    /// nearest first, so public-access rules set on them or above them can be checked: the rules follow the published
    /// cache from a node's parent, and would stop at the first ancestor it does not hold.
    /// </summary>
    public async Task<IReadOnlyList<PublishedContent>> UnpublishedAncestorsAsync(PublishedContent draft, CancellationToken cancellationToken)
    {
        var ancestors = new List<PublishedContent>();
        var parentKey = draft.ParentKey;
        for (var guard = 0; parentKey is { } key && cache.GetByKey(key) is null && guard < 1000; guard++)
        {
            var node = await repository.GetNodeAsync(key, cancellationToken);
            if (node is null)
            {
                break;
            }

            // Only the key and the parent matter to public access; the rest is the draft's, to keep the record whole.
            ancestors.Add(draft with { Id = node.Id, Key = node.Key, ParentKey = node.ParentKey, Level = node.Level, Name = node.Name, ContentType = draft.ContentType });
            parentKey = node.ParentKey;
        }

        return ancestors;
    }

    /// <summary>The draft of each node, in order, for a preview of published results; a node without a readable draft stays as published.</summary>
    public async Task<IReadOnlyList<PublishedContent>> SwapAsync(IEnumerable<PublishedContent> published, CancellationToken cancellationToken)
    {
        var drafts = new List<PublishedContent>();
        foreach (var item in published)
        {
            drafts.Add(await GetAsync(item.Key, cancellationToken) ?? item);
        }

        return drafts;
    }

    private async Task<PublishedContent?> DraftAsync(ContentNode node, CancellationToken cancellationToken)
    {
        if (node.Trashed)
        {
            return null;
        }

        var version = await repository.GetVersionAsync(node.DraftVersionId, cancellationToken);
        var type = await schema.DocumentTypeAsync(node.ContentTypeAlias, cancellationToken);
        if (version is null || type is null)
        {
            return null;
        }

        var draft = PublishedContentFactory.Create(node, version, type);
        var route = await RouteAsync(node, cancellationToken);
        return draft with { UrlSegment = DraftSegment(node), Route = route, UpdateDate = version.CreateDate };
    }

    /// <summary>
    /// Umbraco's preview route: <c>/preview-{key}</c> for a node the published cache does not route; else the path of
    /// the draft segments of the node and its ancestors, up to the node at "/" (hidden from paths, as published).
    /// </summary>
    private async Task<string> RouteAsync(ContentNode node, CancellationToken cancellationToken)
    {
        if (cache.GetByKey(node.Key) is not { Route: { } publishedRoute })
        {
            return "/" + PreviewPathPrefix + node.Key.ToString("D");
        }

        var segments = new List<string>();
        var renamed = false;
        for (var (current, guard) = (node, 0); guard < 1000; guard++)
        {
            if (cache.GetByKey(current.Key)?.Route == "/")
            {
                break;
            }

            var segment = DraftSegment(current);
            renamed |= !string.Equals(segment, current.UrlSegment, StringComparison.OrdinalIgnoreCase);
            segments.Add(segment);
            if (current.ParentKey is not { } parentKey || await repository.GetNodeAsync(parentKey, cancellationToken) is not { } parent)
            {
                break;
            }

            current = parent;
        }

        // Nothing renamed above: the published route stands (it already settled contested paths and domains).
        if (!renamed)
        {
            return publishedRoute;
        }

        segments.Reverse();
        return "/" + string.Join('/', segments);
    }

    /// <summary>
    /// The segment the node's draft has: the stored one while the draft keeps the name it was published (or created)
    /// with, else one made from the draft's name, as Umbraco keeps a draft URL segment beside the published one.
    /// </summary>
    private string DraftSegment(ContentNode node)
    {
        var publishedName = cache.GetByKey(node.Key)?.Name;
        var sameName = publishedName is not null
            ? string.Equals(publishedName, node.Name, StringComparison.Ordinal)
            : string.Equals(UrlSegments.FromName(node.Name), node.UrlSegment, StringComparison.OrdinalIgnoreCase);
        return sameName ? node.UrlSegment : UrlSegments.FromName(node.Name);
    }

    private ContentNode? FirstWithSegment(IEnumerable<ContentNode> nodes, string segment) =>
        nodes.Where(n => !n.Trashed)
            .OrderBy(n => n.SortOrder)
            .FirstOrDefault(n => string.Equals(DraftSegment(n), segment, StringComparison.OrdinalIgnoreCase));
}
