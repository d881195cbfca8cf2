using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>
/// How features send email: a template rendered and put in the outbox. <see cref="Queue"/> joins the caller's
/// unit of work (the email is stored with the change that caused it); <see cref="QueueAsync"/> commits it on
/// its own. Either way the outbox job does the sending, with retries.
/// </summary>
public sealed class PortalMail(EmailTemplates templates, EmailOutbox outbox, IDbContextFactory<PortalDbContext> factory)
{
    public EmailMessage Render(string template, string to, IReadOnlyDictionary<string, string?> values) => templates.Render(template, to, values);

    public OutboxMessage Queue(PortalDbContext db, string template, string to, IReadOnlyDictionary<string, string?> values, IReadOnlyList<EmailAttachment>? attachments = null) =>
        outbox.Enqueue(db, templates.Render(template, to, values) with { Attachments = attachments ?? [] }, template);

    public async Task QueueAsync(string template, string to, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        Queue(db, template, to, values);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One email per recipient, stored together.</summary>
    public async Task QueueManyAsync(string template, IEnumerable<(string To, IReadOnlyDictionary<string, string?> Values)> recipients, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        foreach (var (to, values) in recipients)
        {
            Queue(db, template, to, values);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
