namespace VirtualSchool.Portal.Core.Notifications;

/// <summary>Handles one kind of notification. Handlers are resolved from DI in registration order.</summary>
public interface INotificationHandler<in TNotification> where TNotification : INotification
{
    Task HandleAsync(TNotification notification, CancellationToken cancellationToken);
}
