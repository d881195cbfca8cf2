using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content;

/// <summary>
/// Fills the published-content cache from the database: at start-up, after a bulk import, and (one page and
/// the pages below it) when another node sharing the database has published, moved or removed them.
/// </summary>
public sealed class PublishedContentLoader(IDbContextFactory<PortalDbContext> contexts, IPublishedContentCache cache, IContentRepository repository)
{
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var composed = await ComposedTypesAsync(db, cancellationToken);

        var rows = await db.ContentNodes.AsNoTracking()
            .Where(n => n.PublishedVersionId != null && !n.Trashed)
            .Join(db.ContentVersions.AsNoTracking(), n => n.PublishedVersionId, v => v.Id, (n, v) => new { Node = n, Version = v })
            .ToListAsync(cancellationToken);

        var items = rows
            .Where(r => composed.ContainsKey(r.Node.ContentTypeAlias))
            .Select(r => PublishedContentFactory.Create(r.Node, r.Version, composed[r.Node.ContentTypeAlias]));
        var domains = await db.Domains.AsNoTracking().ToListAsync(cancellationToken);
        cache.Load(items, domains);
    }

    /// <summary>
    /// Makes the cache hold what the database holds for one page and every page below it: published ones are
    /// set (parents before children, so routes resolve), unpublished, trashed or deleted ones removed.
    /// </summary>
    public async Task RefreshSubtreeAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var top = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key, cancellationToken);
        if (top is null)
        {
            cache.Remove(key);
            return;
        }

        List<ContentNode> nodes = [top, .. await repository.GetDescendantsAsync(key, cancellationToken)];
        await ApplyAsync(db, nodes, cancellationToken);
    }

    /// <summary>Makes the cache hold the children of a page (the top-level pages when none) as the database does: their order after a sort.</summary>
    public async Task RefreshChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => n.ParentKey == parentKey).ToListAsync(cancellationToken);
        await ApplyAsync(db, nodes, cancellationToken);
    }

    private async Task ApplyAsync(PortalDbContext db, List<ContentNode> nodes, CancellationToken cancellationToken)
    {
        var versionIds = nodes.Where(n => n.IsPublished).Select(n => n.PublishedVersionId!.Value).ToList();
        var versions = await db.ContentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var composed = await ComposedTypesAsync(db, cancellationToken);
        foreach (var node in nodes.OrderBy(n => n.Level))
        {
            if (node.IsPublished
                && versions.TryGetValue(node.PublishedVersionId!.Value, out var version)
                && composed.TryGetValue(node.ContentTypeAlias, out var type))
            {
                cache.Set(PublishedContentFactory.Create(node, version, type));
            }
            else if (cache.GetByKey(node.Key) is not null)
            {
                cache.Remove(node.Key);
            }
        }
    }

    private static async Task<Dictionary<string, ContentType>> ComposedTypesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var types = await db.ContentTypes.AsNoTracking().Where(t => t.Kind == ContentTypeKind.Document).ToListAsync(cancellationToken);
        var byAlias = types.ByAlias();
        return byAlias.ToDictionary(kv => kv.Key, kv => ContentTypeComposer.Compose(kv.Value, byAlias), StringComparer.OrdinalIgnoreCase);
    }
}
