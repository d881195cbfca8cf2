namespace VirtualSchool.Portal.Infrastructure.Jobs;

/// <summary>One run of a scheduled job: when it started and ended, and what it returned or why it failed.</summary>
public sealed class JobRunEntry
{
    public long Id { get; set; }
    public string JobName { get; set; } = "";
    public DateTime StartedAt { get; set; }

    /// <summary>Null while the job is still running (or if the process died during the run).</summary>
    public DateTime? EndedAt { get; set; }

    public bool Succeeded { get; set; }
    public string? Result { get; set; }
}
