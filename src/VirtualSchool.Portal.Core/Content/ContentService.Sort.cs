namespace VirtualSchool.Portal.Core.Content;

public sealed partial class ContentService
{
    /// <summary>
    /// Gives the children of a node (or the roots, for null) the order of <paramref name="orderedKeys"/>,
    /// which must name each of them exactly once.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> SortAsync(
        Guid? parentKey, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken = default)
    {
        ContentNode? parent = null;
        if (parentKey is { } key && (parent = await repository.GetNodeAsync(key, cancellationToken)) is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        var children = (await repository.GetChildrenAsync(parentKey, cancellationToken)).Where(c => !c.Trashed).ToList();
        if (orderedKeys.Count != children.Count || !children.Select(c => c.Key).ToHashSet().SetEquals(orderedKeys))
        {
            return new(ContentOperationStatus.InvalidSort, parent, Message: "Give every page below this one a place in the order.");
        }

        var byKey = children.ToDictionary(c => c.Key);
        await ApplyOrderAsync(parentKey, orderedKeys.Select(k => byKey[k]).ToList(), cancellationToken);
        return new(ContentOperationStatus.Success, parent);
    }

    /// <summary>
    /// Moves one child of a node (or one top-level node, for a null parent) to a 1-based position among its
    /// siblings, which close up behind it; positions past the end mean the end. This is what a level too big to
    /// post whole (thousands of pages) is sorted with: the request names one page and one number, and the
    /// siblings are renumbered here, in one transaction.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> MoveToPositionAsync(
        Guid? parentKey, Guid key, int position, CancellationToken cancellationToken = default)
    {
        ContentNode? parent = null;
        if (parentKey is { } parentNodeKey && (parent = await repository.GetNodeAsync(parentNodeKey, cancellationToken)) is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        // The order the back office shows (sort order, then id), so that position N is the page shown at N.
        var children = (await repository.GetChildrenAsync(parentKey, cancellationToken))
            .Where(c => !c.Trashed).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList();
        var index = children.FindIndex(c => c.Key == key);
        if (index < 0)
        {
            return new(ContentOperationStatus.InvalidSort, parent, Message: "That page is not below this one (it may have been moved or deleted).");
        }

        var moving = children[index];
        children.RemoveAt(index);
        children.Insert(Math.Clamp(position - 1, 0, children.Count), moving);
        await ApplyOrderAsync(parentKey, children, cancellationToken);
        return new(ContentOperationStatus.Success, moving);
    }

    /// <summary>
    /// Numbers the siblings 0, 1, 2… in the given order and stores only the sort orders that changed (so moving one
    /// page in a level of thousands writes what moved, not every row). The notification carries the whole level,
    /// so that the published cache and the other nodes follow as after any sort.
    /// </summary>
    private async Task ApplyOrderAsync(Guid? parentKey, List<ContentNode> ordered, CancellationToken cancellationToken)
    {
        var changed = new List<ContentNode>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].SortOrder != i)
            {
                ordered[i].SortOrder = i;
                changed.Add(ordered[i]);
            }
        }

        if (changed.Count > 0)
        {
            await repository.UpdateSortOrdersAsync(changed, cancellationToken);
        }

        await events.PublishAsync(new ContentSortedNotification(parentKey, ordered), cancellationToken);
    }
}
