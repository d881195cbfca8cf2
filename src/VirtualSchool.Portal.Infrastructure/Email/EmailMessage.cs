namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>A message to send: plain text always, HTML when there is one, and any attachments.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The Message-ID the message goes out with. The outbox fixes it when the message is queued, so a retry
    /// after a send whose acknowledgement was lost carries the same id and mail clients show it once.
    /// </summary>
    public string? MessageId { get; init; }
}

/// <summary>A file sent with a message, such as a booking's <c>.ics</c> calendar entry.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
