namespace VirtualSchool.Portal.Core.Training;

public enum SessionStatus
{
    Scheduled = 0,
    Cancelled = 1,
}
