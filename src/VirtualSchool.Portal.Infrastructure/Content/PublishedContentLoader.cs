using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content;

/// <summary>Fills the published-content cache from the database: at start-up, and after a bulk import.</summary>
public sealed class PublishedContentLoader(IDbContextFactory<PortalDbContext> contexts, IPublishedContentCache cache)
{
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.ContentTypes.AsNoTracking().Where(t => t.Kind == ContentTypeKind.Document).ToListAsync(cancellationToken);
        var byAlias = types.GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var composed = byAlias.ToDictionary(kv => kv.Key, kv => ContentTypeComposer.Compose(kv.Value, byAlias), StringComparer.OrdinalIgnoreCase);

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
}
