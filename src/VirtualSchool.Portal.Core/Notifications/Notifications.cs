using Microsoft.Extensions.DependencyInjection;

namespace VirtualSchool.Portal.Core.Notifications;

/// <summary>Something that happened (or is about to happen) that other features may react to.</summary>
public interface INotification;

/// <summary>A notification raised before an operation; any handler may cancel the operation.</summary>
public interface ICancelableNotification : INotification
{
    bool Cancel { get; }
    string? CancelReason { get; }
    void CancelOperation(string reason);
}

/// <summary>Base for cancelable notifications.</summary>
public abstract class CancelableNotification : ICancelableNotification
{
    public bool Cancel { get; private set; }
    public string? CancelReason { get; private set; }

    public void CancelOperation(string reason)
    {
        Cancel = true;
        CancelReason = reason;
    }
}

/// <summary>Handles one kind of notification. Handlers are resolved from DI in registration order.</summary>
public interface INotificationHandler<in TNotification> where TNotification : INotification
{
    Task HandleAsync(TNotification notification, CancellationToken cancellationToken);
}

/// <summary>Publishes notifications to every registered handler, in process.</summary>
public interface IEventAggregator
{
    Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification;
}

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
