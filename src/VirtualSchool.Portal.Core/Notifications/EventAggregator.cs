using Microsoft.Extensions.DependencyInjection;

namespace VirtualSchool.Portal.Core.Notifications;

/// <inheritdoc />
public sealed class EventAggregator(IServiceProvider services) : IEventAggregator
{
    public async Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        foreach (var handler in services.GetServices<INotificationHandler<TNotification>>())
        {
            await handler.HandleAsync(notification, cancellationToken);
            if (notification is ICancelableNotification { Cancel: true })
            {
                // The first handler that cancels wins; later handlers are not asked.
                return;
            }
        }
    }
}
