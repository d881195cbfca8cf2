namespace VirtualSchool.Portal.Infrastructure.Email;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (first try or a retry after a failure).</summary>
    Pending = 0,

    Sent = 1,

    /// <summary>Gave up after the configured number of attempts; an administrator can send it again.</summary>
    Failed = 2,
}

/// <summary>A queued email: stored with the change that caused it, sent later by the outbox job.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string MessageId { get; set; } = "";
    public string Category { get; set; } = "";
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }

    /// <summary>Attachments as JSON (file name, content type, base64 content); null when there are none.</summary>
    public string? Attachments { get; set; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Set while one sender holds the message, so two nodes never send it at the same time.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}
