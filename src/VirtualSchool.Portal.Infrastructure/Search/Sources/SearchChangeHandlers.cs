using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Infrastructure.Cluster;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// Changes made on this node reach the indexes before the editor's request returns: the published cache's observer
/// has queued the pages by the time these run (they are registered after the cache's refresher), so each waits for the
/// queue to drain. Drafts, media and access changes are queued here; a draft saved is also written as an instruction,
/// since other nodes' published caches do not see drafts.
/// </summary>
public sealed class SearchChangeHandlers(SearchChangeQueue queue, SearchSourceSync sync, CacheInstructions instructions)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentMovedNotification>,
      INotificationHandler<ContentTrashedNotification>,
      INotificationHandler<ContentSavedNotification>,
      INotificationHandler<MediaChangedNotification>,
      INotificationHandler<PublicAccessChangedNotification>
{
    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) => queue.FlushAsync(cancellationToken);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) =>
        DraftsAsync([notification.Node.Key], cancellationToken);

    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) => queue.FlushAsync(cancellationToken);

    /// <summary>Binned pages that were never published are not in the cache: their back-office state changes all the same.</summary>
    public Task HandleAsync(ContentTrashedNotification notification, CancellationToken cancellationToken) =>
        DraftsAsync(notification.Nodes.Select(n => n.Key).Append(notification.Node.Key).Distinct().ToList(), cancellationToken);

    public async Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
    {
        var (node, version) = (notification.Node, notification.Version);
        queue.Enqueue(ct => sync.DraftAsync(node, version, ct));
        await queue.FlushAsync(cancellationToken);
        await instructions.RecordAsync(CacheInstructionKind.ContentSaved, node.Key, cancellationToken);
    }

    /// <summary>Here or on another node (the notification names no item): the library is compared with what was indexed.</summary>
    public Task HandleAsync(MediaChangedNotification notification, CancellationToken cancellationToken)
    {
        queue.Enqueue(sync.MediaAsync);
        return notification.FromOtherNode ? Task.CompletedTask : queue.FlushAsync(cancellationToken);
    }

    public Task HandleAsync(PublicAccessChangedNotification notification, CancellationToken cancellationToken)
    {
        queue.Enqueue(sync.AccessChangedAsync);
        return queue.FlushAsync(cancellationToken);
    }

    private Task DraftsAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            queue.Enqueue(ct => sync.DraftAsync(key, ct));
        }

        return queue.FlushAsync(cancellationToken);
    }
}
