using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Audit;

/// <summary>
/// When a person's account is erased (at their request, or by a retention job), their personal data must go
/// from everywhere the portal keeps it, not only from the account's row. The audit log keeps every entry (what
/// happened, when, to which account id), but the person's email address is replaced wherever it appears and
/// the IP addresses of their own actions are removed; emails still held in the outbox to them are deleted.
/// This is the only change ever made to audit entries, and the erasure itself is audited by the caller.
/// </summary>
public sealed class PersonalDataTraces(IDbContextFactory<PortalDbContext> contexts)
{
    public const string Erased = "erased member";

    /// <summary>
    /// Redacts the account's entries and every entry naming any address the account has had (one changed since
    /// shows in its own entries), and deletes their outbox messages. Returns how many of each were touched.
    /// </summary>
    public async Task<(int AuditEntries, int Emails)> EraseAsync(string accountId, string? email, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = await db.AuditLog.Where(e => e.UserId == accountId || e.ItemKey == accountId).ToListAsync(cancellationToken);
        // The member's own actions name them as the user; actions on the account (by staff) name them as the item.
        var addresses = own.Where(e => e.UserId == accountId).Select(e => e.UserName)
            .Concat(own.Where(e => e.ItemKey == accountId).Select(e => e.ItemName))
            .Append(email)
            .Where(a => a is not null && a.Contains('@', StringComparison.Ordinal))
            .Select(a => a!.Trim().ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var entries = own.ToDictionary(e => e.Id);
        var emails = 0;
#pragma warning disable CA1304, CA1311, CA1862 // EF translates string.ToUpper() to SQL upper(); culture overloads do not translate.
        foreach (var address in addresses)
        {
            foreach (var entry in await db.AuditLog
                .Where(e => e.UserName!.ToUpper() == address || e.ItemName!.ToUpper() == address || e.Detail!.ToUpper().Contains(address))
                .ToListAsync(cancellationToken))
            {
                entries.TryAdd(entry.Id, entry);
            }

            emails += await db.OutboxMessages.Where(m => m.To.ToUpper() == address).ExecuteDeleteAsync(cancellationToken);
        }
#pragma warning restore CA1304, CA1311, CA1862

        foreach (var entry in entries.Values)
        {
            if (entry.UserId == accountId || IsOneOf(entry.UserName, addresses))
            {
                entry.UserName = Erased;
                entry.IpAddress = null;
            }

            if (IsOneOf(entry.ItemName, addresses))
            {
                entry.ItemName = Erased;
            }

            foreach (var address in addresses)
            {
                entry.Detail = entry.Detail?.Replace(address, "[erased]", StringComparison.OrdinalIgnoreCase);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (entries.Count, emails);
    }

    private static bool IsOneOf(string? value, HashSet<string> addresses) =>
        value is not null && addresses.Contains(value.Trim().ToUpperInvariant());
}
