namespace VirtualSchool.Portal.Core.Content;

/// <summary>What a schedule entry does when its time comes.</summary>
public static class ScheduleActions
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
}
