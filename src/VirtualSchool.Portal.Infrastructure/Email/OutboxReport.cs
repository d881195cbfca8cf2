using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>One page of the outbox for the back office.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxMessage> Messages, int Total, int Page, int PageSize, IReadOnlyDictionary<OutboxStatus, int> Counts);

/// <summary>Reads the outbox for administrators: what is waiting, what failed and why, what was sent.</summary>
public sealed class OutboxReport(IDbContextFactory<PortalDbContext> factory)
{
    public const int PageSize = 50;

    public async Task<OutboxPage> ListAsync(OutboxStatus status, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var messages = await (status == OutboxStatus.Sent ? query.OrderByDescending(m => m.SentAt) : query.OrderByDescending(m => m.Id))
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            // The bodies are not needed for the list (and may be large).
            .Select(m => new OutboxMessage
            {
                Id = m.Id, MessageId = m.MessageId, Category = m.Category, To = m.To, Subject = m.Subject, Status = m.Status,
                Attempts = m.Attempts, CreatedAt = m.CreatedAt, NextAttemptAt = m.NextAttemptAt, SentAt = m.SentAt, LastError = m.LastError,
            })
            .ToListAsync(cancellationToken);
        return new OutboxPage(messages, total, page, PageSize, Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0));
    }
}
