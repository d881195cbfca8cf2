namespace VirtualSchool.Portal.Core.Notifications;

/// <summary>Publishes notifications to every registered handler, in process.</summary>
public interface IEventAggregator
{
    Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification;
}
