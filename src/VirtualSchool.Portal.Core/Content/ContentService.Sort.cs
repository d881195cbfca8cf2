namespace VirtualSchool.Portal.Core.Content;

public sealed partial class ContentService
{
    /// <summary>
    /// Gives the children of a node (or the roots, for null) the order of <paramref name="orderedKeys"/>,
    /// which must name each of them exactly once.
    /// </summary>
    public async Task<ContentOperationResult> SortAsync(
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
        var sorted = orderedKeys.Select((k, i) =>
        {
            var child = byKey[k];
            child.SortOrder = i;
            return child;
        }).ToList();
        await repository.UpdateAsync(sorted, cancellationToken: cancellationToken);
        await events.PublishAsync(new ContentSortedNotification(parentKey, sorted), cancellationToken);
        return new(ContentOperationStatus.Success, parent);
    }
}
