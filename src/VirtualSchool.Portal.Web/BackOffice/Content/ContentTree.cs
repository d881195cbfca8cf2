using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// Reads the content tree for the back office one visible level at a time: a level is one page of 50 through
/// <see cref="IContentRepository.GetChildrenPageAsync"/> and one grouped count of its pages' children, so a site of
/// 10,000 pages costs what its open branches show, never the whole tree.
/// </summary>
public sealed class ContentTree(IContentRepository repository)
{
    public const int PageSize = 50;

    /// <summary>The most branches opened by links at once (each costs a level's queries).</summary>
    public const int MostOpened = 20;

    /// <summary>
    /// The top level with the branches down to <paramref name="focus"/> open (so it shows however far down a long level
    /// it is), its own branch too when it is <paramref name="openFocus"/>, and the <paramref name="opened"/> branches
    /// that are visible.
    /// </summary>
    public async Task<ContentTreeBranch> BuildAsync(Guid? focus, bool openFocus, IReadOnlyCollection<Guid> opened, CancellationToken cancellationToken)
    {
        var path = await PathAsync(focus, cancellationToken);
        var open = opened.Take(MostOpened).ToHashSet();
        open.UnionWith(path.Take(openFocus ? path.Count : path.Count - 1).Select(n => n.Key));
        return await LevelAsync(null, null, 1, open, path, cancellationToken);
    }

    /// <summary>One page of a level with every branch closed (what "Show more" and opening a branch fetch); null when the parent is not in the tree.</summary>
    public async Task<ContentTreeBranch?> BranchAsync(Guid? parentKey, int page, CancellationToken cancellationToken)
    {
        string? parentName = null;
        if (parentKey is { } key)
        {
            if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } parent)
            {
                return null;
            }

            parentName = parent.Name;
        }

        return await LevelAsync(parentKey, parentName, page, new HashSet<Guid>(), [], cancellationToken);
    }

    private async Task<ContentTreeBranch> LevelAsync(
        Guid? parentKey, string? parentName, int page, HashSet<Guid> open, List<ContentNode> path, CancellationToken cancellationToken)
    {
        var level = await repository.GetChildrenPageAsync(parentKey, (page - 1) * PageSize, PageSize, cancellationToken);
        var nodes = level.Items.ToList();
        // The page on the path must show even when it is the 3,000th of its level: it follows the first 50.
        if (path.Count > 0 && nodes.TrueForAll(n => n.Key != path[0].Key))
        {
            nodes.Add(path[0]);
        }

        var counts = await repository.GetChildCountsAsync(nodes.Select(n => n.Key).ToList(), cancellationToken);
        var items = new List<ContentTreeItem>(nodes.Count);
        foreach (var node in nodes)
        {
            var below = counts.GetValueOrDefault(node.Key);
            var children = below > 0 && open.Contains(node.Key)
                ? await LevelAsync(node.Key, node.Name, 1, open, path.Count > 1 && path[0].Key == node.Key ? path.Skip(1).ToList() : [], cancellationToken)
                : null;
            items.Add(new ContentTreeItem(node, ContentSectionController.StateOf(node), below, children));
        }

        var pages = Math.Max(1, (level.Total + PageSize - 1) / PageSize);
        return new ContentTreeBranch(parentKey, parentName, items, level.Total, page, pages);
    }

    /// <summary>The pages from the top level down to <paramref name="key"/>, itself included; empty when it is not in the tree.</summary>
    private async Task<List<ContentNode>> PathAsync(Guid? key, CancellationToken cancellationToken)
    {
        var node = key is { } k ? await repository.GetNodeAsync(k, cancellationToken) : null;
        var path = await repository.PathToAsync(node, cancellationToken);
        // Binned, or below a parent that no longer exists: not in the tree.
        return path.Count > 0 && path[0].ParentKey is null && path.All(n => !n.Trashed) ? path : [];
    }
}
