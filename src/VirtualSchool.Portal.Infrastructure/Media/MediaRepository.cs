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

    /// <summary>
    /// Files and images (not folders, not binned) whose name contains <paramref name="text"/> in any case, by name, for a
    /// media picker's search; at most <paramref name="take"/>. A LIKE on lower(name), so it runs in the database on SQLite
    /// and PostgreSQL alike; % and _ in the text match themselves.
    /// </summary>
    public async Task<IReadOnlyList<MediaItem>> SearchFilesAsync(string text, int take = 20, CancellationToken cancellationToken = default)
    {
        var search = text.Trim();
        if (search.Length == 0 || take <= 0)
        {
            return [];
        }

        var pattern = "%" + EscapeLike(search.ToLowerInvariant()) + "%";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // ToLower() here is not run in .NET: EF translates it to SQL lower() on both providers.
#pragma warning disable CA1304, CA1311
        return await db.MediaItems.AsNoTracking()
            .Where(m => !m.Trashed && m.MediaTypeAlias != "Folder" && EF.Functions.Like(m.Name.ToLower(), pattern, LikeEscape))
            .OrderBy(m => m.Name).ThenBy(m => m.Key)
            .Take(take)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
    }

    private const string LikeEscape = "\\";

    /// <summary>The text with LIKE's wildcards (and the escape character itself) escaped, to match literally.</summary>
    public static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    /// <summary>The items (files and folders, not binned) directly in a folder, or at the top when <paramref name="parentKey"/> is null, in sort order.</summary>
    public async Task<IReadOnlyList<MediaItem>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking()
            .Where(m => !m.Trashed && m.ParentKey == parentKey)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Name)
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
