using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content;

/// <summary>Content storage over EF Core. Each call uses its own short-lived context.</summary>
public sealed class EfContentRepository(IDbContextFactory<PortalDbContext> contexts) : IContentRepository
{
    public async Task<IReadOnlyList<ContentType>> GetContentTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentTypes.AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<ContentNode?> GetNodeAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentNode>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentNodes.AsNoTracking()
            .Where(n => n.ParentKey == parentKey)
            .OrderBy(n => n.SortOrder)
            .ToListAsync(cancellationToken);
    }

    public async Task<ContentNodePage> GetChildrenPageAsync(Guid? parentKey, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var level = db.ContentNodes.AsNoTracking().Where(n => n.ParentKey == parentKey && !n.Trashed);
        var total = await level.CountAsync(cancellationToken);
        var items = await level
            .OrderBy(n => n.SortOrder)
            .ThenBy(n => n.Id)
            .Skip(Math.Max(0, skip))
            .Take(Math.Max(0, take))
            .ToListAsync(cancellationToken);
        return new ContentNodePage(items, total);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> GetChildCountsAsync(IReadOnlyCollection<Guid> parentKeys, CancellationToken cancellationToken = default)
    {
        if (parentKeys.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = parentKeys.Select(k => (Guid?)k).ToList();
        return await db.ContentNodes.AsNoTracking()
            .Where(n => keys.Contains(n.ParentKey) && !n.Trashed)
            .GroupBy(n => n.ParentKey!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    public async Task<int?> GetMaxSortOrderAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentNodes.AsNoTracking()
            .Where(n => n.ParentKey == parentKey)
            .MaxAsync(n => (int?)n.SortOrder, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentNode>> GetDescendantsAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = new List<ContentNode>();
        var frontier = new List<Guid?> { key };
        while (frontier.Count > 0)
        {
            var level = await db.ContentNodes.AsNoTracking()
                .Where(n => frontier.Contains(n.ParentKey))
                .ToListAsync(cancellationToken);
            result.AddRange(level);
            frontier = level.Select(n => (Guid?)n.Key).ToList();
        }

        return result;
    }

    public async Task<ContentVersion?> GetVersionAsync(long versionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentVersion>> GetVersionsAsync(Guid nodeKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodeId = await db.ContentNodes.Where(n => n.Key == nodeKey).Select(n => n.Id).SingleOrDefaultAsync(cancellationToken);
        return await db.ContentVersions.AsNoTracking()
            .Where(v => v.NodeId == nodeId)
            .OrderByDescending(v => v.VersionNumber)
            .ToListAsync(cancellationToken);
    }

    public async Task CreateAsync(ContentNode node, ContentVersion firstVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ContentNodes.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        firstVersion.NodeId = node.Id;
        db.ContentVersions.Add(firstVersion);
        await db.SaveChangesAsync(cancellationToken);
        node.DraftVersionId = firstVersion.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddVersionAsync(ContentNode node, ContentVersion version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        version.NodeId = node.Id;
        db.ContentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        node.DraftVersionId = version.Id;
        db.ContentNodes.Update(node);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task UpdateAsync(IEnumerable<ContentNode> nodes, IEnumerable<ContentVersion>? versions = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ContentNodes.UpdateRange(nodes);
        if (versions is not null)
        {
            db.ContentVersions.UpdateRange(versions);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateSortOrdersAsync(IReadOnlyCollection<ContentNode> nodes, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var node in nodes)
        {
            db.ContentNodes.Attach(node).Property(n => n.SortOrder).IsModified = true;
        }

        // One SaveChanges is one transaction, and EF batches the updates.
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ContentNode>> GetTrashedRootsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trashed = db.ContentNodes.Where(n => n.Trashed);
        return await db.ContentNodes.AsNoTracking()
            .Where(n => n.Trashed && (n.ParentKey == null || !trashed.Any(p => p.Key == n.ParentKey)))
            .OrderByDescending(n => n.UpdateDate)
            .ToListAsync(cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.ContentNodes.Where(n => keys.Contains(n.Key)).Select(n => n.Id).ToListAsync(cancellationToken);
        await db.ContentVersions.Where(v => ids.Contains(v.NodeId)).ExecuteDeleteAsync(cancellationToken);
        await db.RedirectUrls.Where(r => keys.Contains(r.NodeKey)).ExecuteDeleteAsync(cancellationToken);
        await db.ContentNodes.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
