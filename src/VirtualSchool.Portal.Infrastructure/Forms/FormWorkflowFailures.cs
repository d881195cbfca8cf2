using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Workflow runs that gave up (<see cref="WorkflowRunStatus.Failed"/>) and that no administrator has dismissed yet
/// (dismissing sets <see cref="FormWorkflowRun.CompletedAt"/>, keeping the run and its error on the entry): listed,
/// counted for the Forms section, put back in the queue, or dismissed.
/// </summary>
public sealed class FormWorkflowFailures(IDbContextFactory<PortalDbContext> contexts, FormWorkflowSignal signal, TimeProvider clock)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Open(db).CountAsync(cancellationToken);
    }

    public async Task<Paged<FormWorkflowRun>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = Open(db);
        var total = await open.CountAsync(cancellationToken);
        var items = await open.OrderByDescending(r => r.NextAttemptAt).ThenByDescending(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<FormWorkflowRun>(items, total, page, pageSize);
    }

    /// <summary>Puts failed runs back in the queue with fresh attempts and wakes the runner; returns how many.</summary>
    public async Task<int> RetryAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var retried = await db.FormWorkflowRuns
            .Where(r => ids.Contains(r.Id) && r.Status == WorkflowRunStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, WorkflowRunStatus.Pending)
                .SetProperty(r => r.Attempts, 0)
                .SetProperty(r => r.NextAttemptAt, now)
                .SetProperty(r => r.ClaimedUntil, (DateTime?)null)
                .SetProperty(r => r.CompletedAt, (DateTime?)null), cancellationToken);
        if (retried > 0)
        {
            signal.RunsQueued();
        }

        return retried;
    }

    /// <summary>Takes failed runs off the failures list (they stay failed, with their error, on the entry); returns how many.</summary>
    public async Task<int> DismissAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormWorkflowRuns
            .Where(r => ids.Contains(r.Id) && r.Status == WorkflowRunStatus.Failed && r.CompletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, now), cancellationToken);
    }

    public async Task<FormWorkflowRun?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormWorkflowRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    private static IQueryable<FormWorkflowRun> Open(PortalDbContext db) =>
        db.FormWorkflowRuns.AsNoTracking().Where(r => r.Status == WorkflowRunStatus.Failed && r.CompletedAt == null);
}
