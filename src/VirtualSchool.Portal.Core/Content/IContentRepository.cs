namespace VirtualSchool.Portal.Core.Content;

/// <summary>Storage of schema and content. Implemented by the infrastructure over EF Core.</summary>
public interface IContentRepository
{
    Task<IReadOnlyList<ContentType>> GetContentTypesAsync(CancellationToken cancellationToken = default);

    Task<ContentNode?> GetNodeAsync(Guid key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentNode>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a node's children (or of the roots) in sort order, leaving out trashed nodes, with how many
    /// there are in all. Served by the (ParentKey, SortOrder) index, so a level of thousands stays quick.
    /// </summary>
    Task<ContentNodePage> GetChildrenPageAsync(Guid? parentKey, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many children (trashed ones left out) each of these nodes has; nodes without children are left out. One
    /// grouped count over the (ParentKey, SortOrder) index, so the content tree can tell which pages open without
    /// reading their children.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, int>> GetChildCountsAsync(IReadOnlyCollection<Guid> parentKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// The highest sort order among a node's children (or the roots), trashed ones included; null when there are none.
    /// One MAX over the (ParentKey, SortOrder) index, so creating or moving a node stays cheap on a level of thousands.
    /// </summary>
    Task<int?> GetMaxSortOrderAsync(Guid? parentKey, CancellationToken cancellationToken = default);

    /// <summary>Every node below the given one, at any depth.</summary>
    Task<IReadOnlyList<ContentNode>> GetDescendantsAsync(Guid key, CancellationToken cancellationToken = default);

    Task<ContentVersion?> GetVersionAsync(long versionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentVersion>> GetVersionsAsync(Guid nodeKey, CancellationToken cancellationToken = default);

    /// <summary>Stores a new node with its first version, assigning their ids.</summary>
    Task CreateAsync(ContentNode node, ContentVersion firstVersion, CancellationToken cancellationToken = default);

    /// <summary>Stores a new version of an existing node and the node's changed fields, in one transaction.</summary>
    Task AddVersionAsync(ContentNode node, ContentVersion version, CancellationToken cancellationToken = default);

    /// <summary>Stores changes to nodes (and versions already loaded), in one transaction.</summary>
    Task UpdateAsync(IEnumerable<ContentNode> nodes, IEnumerable<ContentVersion>? versions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores only the sort order of these nodes, in one transaction: a sort must not write back names or versions
    /// read before it began, which someone may have changed meanwhile.
    /// </summary>
    Task UpdateSortOrdersAsync(IReadOnlyCollection<ContentNode> nodes, CancellationToken cancellationToken = default);

    /// <summary>Trashed nodes whose parent is not trashed (the recycle bin's top level), newest first.</summary>
    Task<IReadOnlyList<ContentNode>> GetTrashedRootsAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes nodes for good, with their versions and the redirects to them, in one transaction.</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default);
}

/// <summary>One page of a level of the content tree, and the level's size.</summary>
public sealed record ContentNodePage(IReadOnlyList<ContentNode> Items, int Total);
