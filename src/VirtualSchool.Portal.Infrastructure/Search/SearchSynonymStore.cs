using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Cluster;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search;

/// <summary>
/// The synonym groups, read from the database once and kept until they change: on this node when an editor saves
/// them here, on the others through a <see cref="CacheInstructionKind.SearchSynonyms"/> instruction.
/// </summary>
public sealed class SearchSynonymStore(IDbContextFactory<PortalDbContext> contexts, CacheInstructions instructions, TimeProvider clock)
    : ISearchSynonyms, ICacheInstructionHandler
{
    /// <summary>A term's longest length, and a group's most terms.</summary>
    public const int MaxTermLength = 100;
    public const int MaxTerms = 20;

    private volatile IReadOnlyList<SynonymGroup>? _groups;

    public CacheInstructionKind Kind => CacheInstructionKind.SearchSynonyms;

    public async ValueTask<IReadOnlyList<SynonymGroup>> GroupsAsync(CancellationToken cancellationToken)
    {
        if (_groups is { } groups)
        {
            return groups;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loaded = await db.Set<SynonymGroup>().AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken);
        _groups = loaded;
        return loaded;
    }

    /// <summary>Adds a group (<paramref name="id"/> 0) or replaces one's terms; false when the group is gone.</summary>
    public async Task<bool> SaveAsync(int id, IReadOnlyList<string> terms, string? by, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var group = id == 0 ? new SynonymGroup() : await db.Set<SynonymGroup>().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (group is null)
            {
                return false;
            }

            group.Terms = [.. terms];
            group.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            group.UpdatedBy = by;
            if (id == 0)
            {
                db.Add(group);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await ChangedAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes a group; false when it was already gone.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        int deleted;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            deleted = await db.Set<SynonymGroup>().Where(g => g.Id == id).ExecuteDeleteAsync(cancellationToken);
        }

        await ChangedAsync(cancellationToken);
        return deleted > 0;
    }

    public Task ApplyAsync(Guid? itemKey, CancellationToken cancellationToken)
    {
        _groups = null;
        return Task.CompletedTask;
    }

    private async Task ChangedAsync(CancellationToken cancellationToken)
    {
        _groups = null;
        await instructions.RecordAsync(CacheInstructionKind.SearchSynonyms, cancellationToken: cancellationToken);
    }
}
