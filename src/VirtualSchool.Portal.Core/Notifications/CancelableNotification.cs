namespace VirtualSchool.Portal.Core.Notifications;

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
