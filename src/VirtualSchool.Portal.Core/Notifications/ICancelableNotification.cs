namespace VirtualSchool.Portal.Core.Notifications;

/// <summary>A notification raised before an operation; any handler may cancel the operation.</summary>
public interface ICancelableNotification : INotification
{
    bool Cancel { get; }
    string? CancelReason { get; }
    void CancelOperation(string reason);
}
