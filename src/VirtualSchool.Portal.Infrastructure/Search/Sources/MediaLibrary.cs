using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// The whole media library read at once, with who may read each item worked out in memory from the stored rules and
/// the folders (one query, where asking <see cref="IPublicAccess.AllowedMediaGroups"/> item by item reads the
/// database once per folder level per item).
/// </summary>
public sealed class MediaLibrary(IDbContextFactory<PortalDbContext> contexts, IPublicAccess access)
{
    public sealed record Item(MediaItem Media, IReadOnlySet<string>? AllowedGroups);

    public async Task<IReadOnlyList<Item>> ReadAllAsync(CancellationToken cancellationToken)
    {
        List<MediaItem> items;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            items = await db.MediaItems.AsNoTracking().OrderBy(m => m.Level).ThenBy(m => m.SortOrder).ToListAsync(cancellationToken);
        }

        var parents = items.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().ParentKey);
        return items.Select(m => new Item(m, AllowedGroups(m.Key, parents))).ToList();
    }

    public async Task<Item?> ReadAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        return item is null ? null : new Item(item, access.AllowedMediaGroups(key));
    }

    private IReadOnlySet<string>? AllowedGroups(Guid key, Dictionary<Guid, Guid?> parents)
    {
        if (access is not PublicAccessRules rules)
        {
            return access.AllowedMediaGroups(key);
        }

        // The nearest rule at or above the item decides, as PublicAccessRules does; a corrupt loop of parents stops.
        Guid? next = key;
        for (var depth = 0; next is { } current && depth < 1000; depth++)
        {
            if (rules.OwnRule(PublicAccessTarget.Media, current) is { } groups)
            {
                return groups;
            }

            next = parents.GetValueOrDefault(current);
        }

        return null;
    }
}
