using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Audit;

/// <summary>What to look for in the audit log; every part is optional.</summary>
public sealed record AuditQuery(string? Action = null, string? User = null, string? Item = null, DateTime? From = null, DateTime? To = null, int Page = 1, int PageSize = 50);

/// <summary>
/// Adds to and reads the audit log. There is deliberately no way to change or delete an entry here; the one
/// exception, removing an erased person's personal data from entries, is <see cref="PersonalDataTraces"/>.
/// </summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(
        string action,
        string? userId,
        string? userName,
        string? itemType = null,
        string? itemKey = null,
        string? itemName = null,
        string? detail = null,
        string? ipAddress = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserId = userId,
            UserName = Truncate(userName, 256),
            ItemType = Truncate(itemType, 100),
            ItemKey = Truncate(itemKey, 100),
            ItemName = Truncate(itemName, 255),
            Detail = Truncate(detail, 2000),
            IpAddress = Truncate(ipAddress, 64),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 200);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditLog.AsNoTracking();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates string.ToLower() to SQL lower(); culture overloads do not translate.
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.UserName != null && e.UserName.ToLower().Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(query.Item))
        {
            var item = query.Item.Trim().ToLowerInvariant();
            entries = entries.Where(e => (e.ItemName != null && e.ItemName.ToLower().Contains(item)) || e.ItemKey == query.Item.Trim());
        }

#pragma warning restore CA1304, CA1311, CA1862
        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var list = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new AuditPage(list, total, page, size);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
