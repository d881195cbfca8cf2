namespace VirtualSchool.Portal.Core.Content;

/// <summary>
/// A publish or unpublish of a node due at <see cref="RunAt"/> (UTC), removed once it has run. A publish the
/// draft is not fit for (a mandatory field empty, a pattern not met) stays, with the reason, and is tried again
/// as soon as the draft is saved again.
/// </summary>
public sealed class ContentSchedule
{
    public int Id { get; set; }
    public Guid NodeKey { get; set; }
    public string Action { get; set; } = ScheduleActions.Publish;
    public DateTime RunAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>How many times it has been tried and refused.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt was refused; null until one is.</summary>
    public string? LastError { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    /// <summary>The draft that was refused: the entry waits until the draft changes.</summary>
    public long? FailedDraftVersionId { get; set; }

    public bool HasFailed => LastError is not null;
}
