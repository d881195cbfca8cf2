using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Cluster;

/// <summary>
/// Keeps the in-memory published cache and public access rules of every node sharing one database in step.
/// A node that changes them applies the change itself at once and writes an instruction; every node reads
/// the instructions written by the others every few seconds and loads what they name from the database.
/// Applying an instruction twice does no harm, so the reader looks back a little way behind its cursor:
/// on PostgreSQL an identity value can commit after a higher one.
/// </summary>
public sealed class CacheInstructions(
    IDbContextFactory<PortalDbContext> contexts,
    ClusterNode node,
    PublishedContentLoader loader,
    PublicAccessRules rules,
    Media.MediaChanges media,
    Forms.FormChanges forms,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<CacheInstructions> logger)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentMovedNotification>,
      INotificationHandler<ContentSortedNotification>,
      INotificationHandler<ContentTrashedNotification>,
      INotificationHandler<Media.MediaChangedNotification>,
      INotificationHandler<Forms.FormChangedNotification>,
      IDisposable
{
    /// <summary>How far behind its cursor the reader looks for instructions that committed late.</summary>
    private const int LookBack = 100;

    /// <summary>Instructions older than this are deleted; a node that was stopped longer loads everything when it starts.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly HashSet<long> _applied = [];
    private long _cursor = -1;

    /// <summary>Where this node starts reading: called before the cache is loaded, so nothing written meanwhile is missed.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        _cursor = await db.CacheInstructions.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
    }

    public async Task RecordAsync(CacheInstructionKind kind, Guid? itemKey = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.CacheInstructions.Add(new CacheInstruction { Origin = node.Id, Kind = kind, ItemKey = itemKey, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applies what the other nodes have changed since the last call; returns how many instructions were read.</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken = default)
    {
        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (_cursor < 0)
            {
                await BeginAsync(cancellationToken);
            }

            List<CacheInstruction> found;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var from = Math.Max(0, _cursor - LookBack);
                found = await db.CacheInstructions.AsNoTracking()
                    .Where(i => i.Id > from)
                    .OrderBy(i => i.Id)
                    .Take(1000)
                    .ToListAsync(cancellationToken);
            }

            var fresh = found.Where(i => !_applied.Contains(i.Id)).ToList();
            var theirs = fresh.Where(i => i.Origin != node.Id).ToList();
            if (theirs.Count > 0)
            {
                await ApplyAsync(theirs, cancellationToken);
            }

            foreach (var instruction in fresh)
            {
                _applied.Add(instruction.Id);
                _cursor = Math.Max(_cursor, instruction.Id);
            }

            _applied.RemoveWhere(id => id <= _cursor - LookBack);
            return theirs.Count;
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task ApplyAsync(List<CacheInstruction> instructions, CancellationToken cancellationToken)
    {
        if (instructions.Any(i => i.Kind == CacheInstructionKind.All))
        {
            logger.LogInformation("Another node imported content: loading the published cache and access rules again");
            await loader.LoadAsync(cancellationToken);
            await rules.LoadAsync(cancellationToken);
            if (instructions.Any(i => i.Kind == CacheInstructionKind.Media))
            {
                await media.ChangedOnOtherNodeAsync();
            }

            foreach (var handler in services.GetServices<ICacheInstructionHandler>().Where(h => h.Kind == CacheInstructionKind.All))
            {
                await handler.ApplyAsync(null, cancellationToken);
            }

            return;
        }

        // In order, once each: a page published twice in a batch is loaded once, at its latest.
        foreach (var (kind, key) in instructions.Select(i => (i.Kind, i.ItemKey)).Distinct())
        {
            switch (kind)
            {
                case CacheInstructionKind.Content:
                    await loader.RefreshSubtreeAsync(key!.Value, cancellationToken);
                    break;
                case CacheInstructionKind.Children:
                    await loader.RefreshChildrenAsync(key, cancellationToken);
                    break;
                case CacheInstructionKind.PublicAccess:
                    await rules.LoadAsync(cancellationToken);
                    break;
                case CacheInstructionKind.Media:
                    // Media answers are read from the database, so there is nothing to load: only the version moves on.
                    await media.ChangedOnOtherNodeAsync();
                    break;
                case CacheInstructionKind.Form:
                    await forms.ChangedOnOtherNodeAsync(key ?? Guid.Empty);
                    break;
                default:
                    // A feature's own kind: its handlers (resolved here, since they may record instructions themselves).
                    foreach (var handler in services.GetServices<ICacheInstructionHandler>().Where(h => h.Kind == kind))
                    {
                        await handler.ApplyAsync(key, cancellationToken);
                    }

                    break;
            }
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Applied {Count} cache instructions from other nodes", instructions.Count);
        }
    }

    /// <summary>Deletes instructions every node has long since read.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var before = clock.GetUtcNow().UtcDateTime - KeptFor;
        return await db.CacheInstructions.Where(i => i.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    public void Dispose() => _reading.Dispose();

    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(CacheInstructionKind.Content, notification.Node.Key, cancellationToken);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(CacheInstructionKind.Content, notification.Node.Key, cancellationToken);

    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(CacheInstructionKind.Content, notification.Node.Key, cancellationToken);

    public Task HandleAsync(ContentSortedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(CacheInstructionKind.Children, notification.ParentKey, cancellationToken);

    public Task HandleAsync(ContentTrashedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(CacheInstructionKind.Content, notification.Node.Key, cancellationToken);

    /// <summary>A media change made here; one read from another node's instruction is not written back.</summary>
    public Task HandleAsync(Media.MediaChangedNotification notification, CancellationToken cancellationToken) =>
        notification.FromOtherNode ? Task.CompletedTask : RecordAsync(CacheInstructionKind.Media, cancellationToken: cancellationToken);

    public Task HandleAsync(Forms.FormChangedNotification notification, CancellationToken cancellationToken) =>
        notification.FromOtherNode ? Task.CompletedTask : RecordAsync(CacheInstructionKind.Form, notification.Key, cancellationToken);
}
