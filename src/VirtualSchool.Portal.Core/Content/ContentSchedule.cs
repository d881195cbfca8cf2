namespace VirtualSchool.Portal.Core.Content;

/// <summary>What a schedule entry does when its time comes.</summary>
public static class ScheduleActions
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
}

/// <summary>A publish or unpublish of a node due at <see cref="RunAt"/> (UTC), removed once it has run.</summary>
public sealed class ContentSchedule
{
    public int Id { get; set; }
    public Guid NodeKey { get; set; }
    public string Action { get; set; } = ScheduleActions.Publish;
    public DateTime RunAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
