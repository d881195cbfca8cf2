using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// Drafts for <c>Preview: true</c> requests (with a valid API key): the newest saved version of a node,
/// published or not, shaped like a published snapshot. Its route is its published one, or else its parent's
/// route and its own segment.
/// </summary>
public sealed class DeliveryDrafts(IContentRepository repository, DeliverySchema schema, IPublishedContentCache cache)
{
    public async Task<PublishedContent?> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null || node.Trashed)
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
        var route = cache.GetByKey(key)?.Route;
        if (route is null && node.ParentKey is { } parentKey && cache.GetByKey(parentKey)?.Route is { } parentRoute)
        {
            route = (parentRoute == "/" ? "" : parentRoute) + "/" + node.UrlSegment;
        }

        return draft with { Route = route ?? "/" + node.UrlSegment, UpdateDate = version.CreateDate };
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
}
