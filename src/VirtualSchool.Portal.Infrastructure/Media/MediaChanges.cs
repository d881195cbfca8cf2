using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Infrastructure.Media;

/// <summary>
/// The media library's version, as the published cache has one: a counter that moves on after every change to
/// media (made here through <see cref="MediaService"/> or a uSync import, or on another node and read from its
/// cache instruction). Answers cached under an older version are never served again, even one stored by a
/// request that read the media before the change committed.
/// </summary>
public sealed class MediaChanges(IEventAggregator events)
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Called after a change to media has committed on this node: the version moves on and the other nodes are told.</summary>
    public Task ChangedAsync() => RaiseAsync(fromOtherNode: false);

    /// <summary>Called when another node's media change is read from its cache instruction: the version moves on, nothing is written back.</summary>
    public Task ChangedOnOtherNodeAsync() => RaiseAsync(fromOtherNode: true);

    private Task RaiseAsync(bool fromOtherNode)
    {
        Interlocked.Increment(ref _version);
        // No cancellation: the change has committed, so the other nodes must hear of it even if the request was aborted.
        return events.PublishAsync(new MediaChangedNotification(fromOtherNode), CancellationToken.None);
    }
}

/// <summary>Media changed (after the version moved on); <see cref="FromOtherNode"/> when read from another node's instruction.</summary>
public sealed record MediaChangedNotification(bool FromOtherNode) : INotification;
