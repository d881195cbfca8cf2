using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content;

/// <summary>Redirect storage over EF Core.</summary>
public sealed class EfRedirectRepository(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IRedirectRepository
{
    public async Task<RedirectUrl?> GetAsync(string oldPath, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalised = oldPath.ToLowerInvariant();
        return await db.RedirectUrls.AsNoTracking().SingleOrDefaultAsync(r => r.OldPath == normalised, cancellationToken);
    }

    public async Task RecordAsync(IEnumerable<(string OldPath, Guid NodeKey, string NewPath)> moves, CancellationToken cancellationToken = default)
    {
        var list = moves.Select(m => (Old: m.OldPath.ToLowerInvariant(), m.NodeKey, New: m.NewPath.ToLowerInvariant())).ToList();
        var paths = list.SelectMany(m => new[] { m.Old, m.New }).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A path that is live again (the node moved back, or another node took it) must not redirect.
        var existing = await db.RedirectUrls.Where(r => paths.Contains(r.OldPath)).ToListAsync(cancellationToken);
        db.RedirectUrls.RemoveRange(existing);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var live = list.Select(m => m.New).ToHashSet();
        foreach (var move in list.Where(m => !live.Contains(m.Old)))
        {
            db.RedirectUrls.Add(new RedirectUrl { OldPath = move.Old, NodeKey = move.NodeKey, CreateDate = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<RedirectUrl> Items, int Total)> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.RedirectUrls.CountAsync(cancellationToken);
        var items = await db.RedirectUrls.AsNoTracking()
            .OrderByDescending(r => r.CreateDate).ThenBy(r => r.OldPath)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<RedirectUrl?> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var redirect = await db.RedirectUrls.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (redirect is not null)
        {
            db.RedirectUrls.Remove(redirect);
            await db.SaveChangesAsync(cancellationToken);
        }

        return redirect;
    }
}
