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

    /// <summary>Files and images (not folders, not binned) by name, for a media picker; at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<MediaItem>> ListFilesAsync(int take = 500, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking()
            .Where(m => !m.Trashed && m.MediaTypeAlias != "Folder")
            .OrderBy(m => m.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    public async Task<MediaItem?> GetByUrlAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Url == url && !m.Trashed, cancellationToken);
    }

    /// <summary>A folder and the folders above it, from the root down (for breadcrumbs); empty when it does not exist.</summary>
    public async Task<IReadOnlyList<MediaItem>> GetAncestryAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var path = new List<MediaItem>();
        // A corrupt loop of parents must not spin for ever; no real tree is a thousand folders deep.
        for (Guid? next = key; next is { } current && path.Count < 1000;)
        {
            var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == current, cancellationToken);
            if (item is null)
            {
                break;
            }

            path.Add(item);
            next = item.ParentKey;
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// The recycle bin: the items that were deleted themselves (not those binned with a folder around them),
    /// most recently deleted first.
    /// </summary>
    public async Task<IReadOnlyList<MediaItem>> ListRecycleBinAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trashedKeys = db.MediaItems.Where(m => m.Trashed).Select(m => m.Key);
        return await db.MediaItems.AsNoTracking()
            .Where(m => m.Trashed && (m.ParentKey == null || !trashedKeys.Contains(m.ParentKey.Value)))
            .OrderByDescending(m => m.UpdateDate).ThenBy(m => m.Name)
            .ToListAsync(cancellationToken);
    }
}
