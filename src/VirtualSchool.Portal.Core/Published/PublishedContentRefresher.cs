using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Published;

/// <summary>
/// Keeps the published-content cache in step with publishing, one node at a time, and leaves a redirect
/// behind every published route that a rename or move changed.
/// </summary>
public sealed class PublishedContentRefresher(
    IPublishedContentCache cache,
    IContentRepository repository,
    IRedirectRepository redirects)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentMovedNotification>,
      INotificationHandler<ContentSortedNotification>,
      INotificationHandler<ContentTrashedNotification>
{
    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) =>
        RecordRedirectsAsync(cache.Set(PublishedContentFactory.Create(notification.Node, notification.Version, notification.ContentType)), cancellationToken);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken)
    {
        cache.Remove(notification.Node.Key);
        return Task.CompletedTask;
    }

    public async Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken)
    {
        if (cache.GetByKey(notification.Node.Key) is not { } current)
        {
            return;
        }

        var changes = new List<RouteChange>(cache.Set(current with
        {
            ParentKey = notification.Node.ParentKey,
            Level = notification.Node.Level,
            SortOrder = notification.Node.SortOrder,
        }));
        foreach (var descendant in await repository.GetDescendantsAsync(notification.Node.Key, cancellationToken))
        {
            if (cache.GetByKey(descendant.Key) is { } published && published.Level != descendant.Level)
            {
                changes.AddRange(cache.Set(published with { Level = descendant.Level }));
            }
        }

        await RecordRedirectsAsync(changes, cancellationToken);
    }

    /// <summary>Published siblings take their new places; routes do not change, so no redirects.</summary>
    public Task HandleAsync(ContentSortedNotification notification, CancellationToken cancellationToken)
    {
        foreach (var node in notification.Nodes)
        {
            if (cache.GetByKey(node.Key) is { } published && published.SortOrder != node.SortOrder)
            {
                cache.Set(published with { SortOrder = node.SortOrder });
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Descendants go before their ancestors so that none is left in the cache without a route.</summary>
    public Task HandleAsync(ContentTrashedNotification notification, CancellationToken cancellationToken)
    {
        foreach (var node in notification.Nodes.OrderByDescending(n => n.Level))
        {
            cache.Remove(node.Key);
        }

        return Task.CompletedTask;
    }

    private Task RecordRedirectsAsync(IReadOnlyList<RouteChange> changes, CancellationToken cancellationToken)
    {
        var moves = changes
            .Where(c => c.OldRoute is not null && c.NewRoute is not null
                && !string.Equals(c.OldRoute, c.NewRoute, StringComparison.OrdinalIgnoreCase))
            .Select(c => (c.OldRoute!, c.Key, c.NewRoute!))
            .ToList();
        return moves.Count == 0 ? Task.CompletedTask : redirects.RecordAsync(moves, cancellationToken);
    }
}
