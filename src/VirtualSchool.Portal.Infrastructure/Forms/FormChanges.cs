using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// The forms' version, as the media library has one: it moves on after every change to a form here or on another node
/// (its cache instruction), so cached form definitions and cached pages that show a form are never served stale.
/// </summary>
public sealed class FormChanges(IEventAggregator events)
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Called after a change to a form has committed on this node: the version moves on and the other nodes are told.</summary>
    public Task ChangedAsync(Guid key) => RaiseAsync(key, fromOtherNode: false);

    /// <summary>Called when another node's change is read from its cache instruction.</summary>
    public Task ChangedOnOtherNodeAsync(Guid key) => RaiseAsync(key, fromOtherNode: true);

    private Task RaiseAsync(Guid key, bool fromOtherNode)
    {
        Interlocked.Increment(ref _version);
        return events.PublishAsync(new FormChangedNotification(key, fromOtherNode), CancellationToken.None);
    }
}
