using Microsoft.AspNetCore.OutputCaching;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>Evicts the cached anonymous answers when published content changes (runs after the cache refresher).</summary>
public sealed class DeliveryOutputCacheEviction(IOutputCacheStore store, DeliveryAnswerCache answers)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentMovedNotification>,
      INotificationHandler<ContentSortedNotification>,
      INotificationHandler<ContentTrashedNotification>
{
    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) => EvictAsync(cancellationToken);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) => EvictAsync(cancellationToken);

    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) => EvictAsync(cancellationToken);

    public Task HandleAsync(ContentSortedNotification notification, CancellationToken cancellationToken) => EvictAsync(cancellationToken);

    public Task HandleAsync(ContentTrashedNotification notification, CancellationToken cancellationToken) => EvictAsync(cancellationToken);

    private Task EvictAsync(CancellationToken cancellationToken)
    {
        answers.Evict();
        return store.EvictByTagAsync(DeliveryOutputCache.Tag, cancellationToken).AsTask();
    }
}
