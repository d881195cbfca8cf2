using Microsoft.AspNetCore.OutputCaching;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// Evicts the cached anonymous media answers, and the content answers that embed media, when media changes here
/// or on another node. The media version has already moved on, so no old answer would be served anyway; this
/// frees their memory.
/// </summary>
public sealed class DeliveryMediaCacheEviction(IOutputCacheStore store, DeliveryAnswerCache answers) : INotificationHandler<MediaChangedNotification>
{
    public async Task HandleAsync(MediaChangedNotification notification, CancellationToken cancellationToken)
    {
        answers.Evict();
        await store.EvictByTagAsync(DeliveryOutputCache.MediaTag, cancellationToken);
        await store.EvictByTagAsync(DeliveryOutputCache.Tag, cancellationToken);
    }
}
