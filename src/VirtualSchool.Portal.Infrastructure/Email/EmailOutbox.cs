using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>
/// Queues email in the caller's unit of work: <see cref="Enqueue"/> adds the message to the context's change
/// set, so it is stored by the same <c>SaveChanges</c> (the same transaction) as the booking, invitation or
/// publish that caused it. Nothing is sent until that commit succeeds; nothing is lost if the process dies
/// after it.
/// </summary>
public sealed class EmailOutbox(TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public OutboxMessage Enqueue(PortalDbContext db, EmailMessage message, string category)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new OutboxMessage
        {
            MessageId = message.MessageId ?? $"<{Guid.NewGuid():N}@virtual-school.portal>",
            Category = category,
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Attachments = message.Attachments.Count == 0
                ? null
                : JsonSerializer.Serialize(message.Attachments.Select(a => new StoredAttachment(a.FileName, a.ContentType, a.Content)).ToList(), Json),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(entry);
        return entry;
    }

    /// <summary>Queues one message on its own (when nothing else changes with it) and commits.</summary>
    public async Task<OutboxMessage> SendAsync(IDbContextFactory<PortalDbContext> factory, EmailMessage message, string category, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entry = Enqueue(db, message, category);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    internal static EmailMessage ToMessage(OutboxMessage stored) =>
        new(stored.To, stored.Subject, stored.TextBody, stored.HtmlBody)
        {
            MessageId = stored.MessageId,
            Attachments = stored.Attachments is null
                ? []
                : (JsonSerializer.Deserialize<List<StoredAttachment>>(stored.Attachments, Json) ?? [])
                    .Select(a => new EmailAttachment(a.FileName, a.ContentType, a.Content)).ToList(),
        };

    internal sealed record StoredAttachment(string FileName, string ContentType, byte[] Content);
}
