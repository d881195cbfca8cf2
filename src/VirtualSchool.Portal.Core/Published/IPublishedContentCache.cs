using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Published;

/// <summary>
/// Serves every read of published content from memory. It is loaded once at start-up and then kept in step
/// with publishing one node (and its descendants' routes) at a time.
/// </summary>
public interface IPublishedContentCache
{
    /// <summary>Changes whenever the published content changes; output caches key on it.</summary>
    long Version { get; }

    PublishedContent? GetByKey(Guid key);

    PublishedContent? GetById(int id);

    PublishedContent? GetByRoute(string path);

    /// <summary>Published top-level nodes, in sort order.</summary>
    IReadOnlyList<PublishedContent> GetRoots();

    /// <summary>Published children that have a route, in sort order.</summary>
    IReadOnlyList<PublishedContent> GetChildren(Guid key);

    /// <summary>The node's ancestors from the top down, not including itself.</summary>
    IReadOnlyList<PublishedContent> GetAncestors(Guid key);

    /// <summary>Every published node that has a route.</summary>
    IEnumerable<PublishedContent> GetAll();

    /// <summary>The site root that owns a route ("/"), i.e. the node answering at the top.</summary>
    PublishedContent? GetSiteRoot(Guid key);

    /// <summary>Loads everything; only called at start-up or after a bulk import.</summary>
    void Load(IEnumerable<PublishedContent> items, IEnumerable<Domain> domains);

    /// <summary>Adds or replaces one node; returns the routes that changed because of it.</summary>
    IReadOnlyList<RouteChange> Set(PublishedContent item);

    /// <summary>Removes one node (unpublished or deleted); its descendants lose their routes too.</summary>
    IReadOnlyList<RouteChange> Remove(Guid key);
}
