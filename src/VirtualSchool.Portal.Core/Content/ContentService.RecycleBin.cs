namespace VirtualSchool.Portal.Core.Content;

public sealed partial class ContentService
{
    /// <summary>Unpublishes a node and its descendants and marks them all trashed.</summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> TrashAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        if (node.Trashed)
        {
            return new(ContentOperationStatus.Trashed, node, Message: "That page is already in the recycle bin.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var nodes = new List<ContentNode> { node };
        nodes.AddRange(await repository.GetDescendantsAsync(key, cancellationToken));
        foreach (var each in nodes)
        {
            each.Trashed = true;
            each.PublishedVersionId = null;
            each.UpdateDate = now;
        }

        await repository.UpdateAsync(nodes, cancellationToken: cancellationToken);
        await events.PublishAsync(new ContentTrashedNotification(node, nodes), cancellationToken);
        return new(ContentOperationStatus.Success, node);
    }

    /// <summary>
    /// Brings a trashed node and its descendants back, unpublished: under its old parent when that still
    /// exists outside the bin, otherwise at the root.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> RestoreAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        if (!node.Trashed)
        {
            return new(ContentOperationStatus.NotTrashed, node, Message: "That page is not in the recycle bin.");
        }

        var parent = node.ParentKey is { } parentKey ? await repository.GetNodeAsync(parentKey, cancellationToken) : null;
        if (parent is { Trashed: true })
        {
            parent = null;
        }

        var levelShift = (parent?.Level ?? 0) + 1 - node.Level;
        var maxSortOrder = await repository.GetMaxSortOrderAsync(parent?.Key, cancellationToken);
        var oldParent = node.ParentKey;
        node.ParentKey = parent?.Key;
        node.SortOrder = NextSortOrder(maxSortOrder);
        var now = clock.GetUtcNow().UtcDateTime;
        var nodes = new List<ContentNode> { node };
        nodes.AddRange(await repository.GetDescendantsAsync(key, cancellationToken));
        foreach (var each in nodes)
        {
            each.Trashed = false;
            each.Level += levelShift;
            each.UpdateDate = now;
        }

        await repository.UpdateAsync(nodes, cancellationToken: cancellationToken);
        return new(ContentOperationStatus.Success, node, Message: oldParent != node.ParentKey ? "restored at the top level" : null);
    }

    /// <summary>Deletes everything in the recycle bin for good; returns the top-level nodes deleted.</summary>
    public async Task<IReadOnlyList<ContentNode>> EmptyRecycleBinAsync(CancellationToken cancellationToken = default)
    {
        var roots = await repository.GetTrashedRootsAsync(cancellationToken);
        var keys = new HashSet<Guid>();
        foreach (var root in roots)
        {
            keys.Add(root.Key);
            keys.UnionWith((await repository.GetDescendantsAsync(root.Key, cancellationToken)).Select(d => d.Key));
        }

        if (keys.Count > 0)
        {
            await repository.DeleteAsync(keys, cancellationToken);
        }

        return roots;
    }
}
