using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Media;

/// <summary>Reads media items. Media is looked up by key (pickers) or by public URL (file requests).</summary>
public sealed class MediaRepository(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<MediaItem?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
    }

    public async Task<IReadOnlyList<MediaItem>> GetManyAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking().Where(m => keys.Contains(m.Key) && !m.Trashed).ToListAsync(cancellationToken);
    }

    public async Task<MediaItem?> GetByUrlAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Url == url && !m.Trashed, cancellationToken);
    }
}
