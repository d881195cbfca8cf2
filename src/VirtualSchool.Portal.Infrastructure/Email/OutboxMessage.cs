namespace VirtualSchool.Portal.Infrastructure.Email;

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
