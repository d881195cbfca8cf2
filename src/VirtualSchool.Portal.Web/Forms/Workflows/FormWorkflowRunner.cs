using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// Works through the workflow queue (<see cref="FormWorkflowRun"/>): each due run is claimed by a conditional update
/// (so one node and one thread runs it), run with the form as the entry was filled in against, then marked done, or
/// put back with exponential back-off (<c>Portal:Forms:RetryBaseSeconds</c>, <c>RetryMaxSeconds</c>), or marked failed
/// after <c>MaxAttempts</c> for administrators to retry or dismiss. A run marked done is never claimed again.
/// </summary>
public sealed class FormWorkflowRunner(
    IDbContextFactory<PortalDbContext> contexts,
    FormStore forms,
    FormEntries entries,
    FormWorkflowTypeCollection types,
    IServiceScopeFactory scopes,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<FormWorkflowRunner> logger)
{
    /// <summary>How long a claim lasts: longer than any workflow takes (a post times out after 30 seconds).</summary>
    public static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    public async Task<FormWorkflowPass> RunDueAsync(CancellationToken cancellationToken = default)
    {
        int succeeded = 0, retrying = 0, failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await DueAsync(cancellationToken);
            foreach (var id in due)
            {
                if (await ClaimAsync(id, cancellationToken) is not { } run)
                {
                    continue;
                }

                switch (await RunAsync(run, cancellationToken))
                {
                    case WorkflowRunStatus.Succeeded: succeeded++; break;
                    case WorkflowRunStatus.Failed: failed++; break;
                    default: retrying++; break;
                }
            }

            if (due.Count < BatchSize)
            {
                break;
            }
        }

        return new FormWorkflowPass(succeeded, retrying, failed);
    }

    /// <summary>When the next pending run falls due (or its claim runs out); null when none is pending.</summary>
    public async Task<DateTime?> NextDueAtAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormWorkflowRuns
            .Where(r => r.Status == WorkflowRunStatus.Pending)
            .Select(r => r.ClaimedUntil != null && r.ClaimedUntil > r.NextAttemptAt ? r.ClaimedUntil.Value : r.NextAttemptAt)
            .OrderBy(at => at)
            .Select(at => (DateTime?)at)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormWorkflowRuns
            .Where(r => r.Status == WorkflowRunStatus.Pending && r.NextAttemptAt <= now && (r.ClaimedUntil == null || r.ClaimedUntil <= now))
            .OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Claims one run for this thread (a conditional update only one node can win); the run as claimed, or null.</summary>
    private async Task<FormWorkflowRun?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + ClaimTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var won = await db.FormWorkflowRuns
            .Where(r => r.Id == id && r.Status == WorkflowRunStatus.Pending && r.NextAttemptAt <= now && (r.ClaimedUntil == null || r.ClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedUntil, until), cancellationToken);
        return won == 1 ? await db.FormWorkflowRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
    }

    private async Task<WorkflowRunStatus> RunAsync(FormWorkflowRun run, CancellationToken cancellationToken)
    {
        WorkflowResult result;
        var final = false;
        try
        {
            (result, final) = await ExecuteAsync(run, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = WorkflowResult.Failure((ex.InnerException ?? ex).Message);
        }

        return await RecordAsync(run, result, final);
    }

    /// <summary>Runs the workflow; <c>Final</c> is true for a failure no retry can mend (the entry or workflow is gone).</summary>
    private async Task<(WorkflowResult Result, bool Final)> ExecuteAsync(FormWorkflowRun run, CancellationToken cancellationToken)
    {
        FormEntry? entry;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            entry = await db.FormEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == run.EntryId, cancellationToken);
        }

        if (entry is null)
        {
            return (WorkflowResult.Failure("The entry has been deleted."), true);
        }

        var current = await forms.GetAsync(run.FormKey, cancellationToken);
        var form = await forms.GetVersionAsync(run.FormKey, entry.FormVersion, cancellationToken) ?? current;
        var workflow = current?.Workflows.FirstOrDefault(w => w.Key == run.WorkflowKey) ?? form?.Workflows.FirstOrDefault(w => w.Key == run.WorkflowKey);
        if (form is null || workflow is null)
        {
            return (WorkflowResult.Failure("The form or this workflow has been deleted."), true);
        }

        if (types.Find(workflow.WorkflowTypeId) is not { } type)
        {
            return (WorkflowResult.Failure($"There is no workflow type {workflow.WorkflowTypeId} in this portal."), true);
        }

        await using var scope = scopes.CreateAsyncScope();
        return (await type.ExecuteAsync(new WorkflowContext(form, entry, workflow, run, scope.ServiceProvider), cancellationToken), false);
    }

    private async Task<WorkflowRunStatus> RecordAsync(FormWorkflowRun run, WorkflowResult result, bool final)
    {
        var settings = options.Value.Forms;
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = run.Attempts + 1;
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var stored = db.FormWorkflowRuns.Where(r => r.Id == run.Id && r.Status == WorkflowRunStatus.Pending);
        if (result.Succeeded)
        {
            await stored.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, WorkflowRunStatus.Succeeded)
                .SetProperty(r => r.Attempts, attempts)
                .SetProperty(r => r.CompletedAt, now)
                .SetProperty(r => r.ClaimedUntil, (DateTime?)null)
                .SetProperty(r => r.LastError, (string?)null), CancellationToken.None);
            await ForgetIfNotKeptAsync(db, run);
            return WorkflowRunStatus.Succeeded;
        }

        var error = result.Error ?? "The workflow failed.";
        error = error.Length > 2000 ? error[..2000] : error;
        var giveUp = final || attempts >= settings.MaxAttempts;
        var wait = TimeSpan.FromSeconds(Math.Min(settings.RetryMaxSeconds, settings.RetryBaseSeconds * Math.Pow(2, Math.Min(attempts - 1, 20))));
        var status = giveUp ? WorkflowRunStatus.Failed : WorkflowRunStatus.Pending;
        // A run that gave up keeps CompletedAt empty until an administrator dismisses it (the failures screen lists those).
        await stored.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.Attempts, attempts)
            .SetProperty(r => r.NextAttemptAt, now + wait)
            .SetProperty(r => r.ClaimedUntil, (DateTime?)null)
            .SetProperty(r => r.LastError, error), CancellationToken.None);
        if (giveUp)
        {
            logger.LogError("Form workflow run {Run} ({Workflow}) failed after {Attempts} attempts: {Error}", run.Id, run.WorkflowKey, attempts, error);
        }
        else
        {
            logger.LogWarning("Form workflow run {Run} ({Workflow}) failed (attempt {Attempts}), retrying in {Wait}: {Error}", run.Id, run.WorkflowKey, attempts, wait, error);
        }

        return status;
    }

    /// <summary>
    /// A form that does not store its records (Umbraco's "Store records locally" off) keeps an entry only until every one
    /// of its workflows has run: then the entry, its uploads and its runs are erased. A failed run keeps it, for an
    /// administrator to retry.
    /// </summary>
    private async Task ForgetIfNotKeptAsync(PortalDbContext db, FormWorkflowRun run)
    {
        if (await forms.GetAsync(run.FormKey, CancellationToken.None) is not { Settings.StoreRecordsLocally: false }
            || await db.FormWorkflowRuns.AnyAsync(r => r.EntryId == run.EntryId && r.Status != WorkflowRunStatus.Succeeded, CancellationToken.None))
        {
            return;
        }

        await entries.DeleteByIdsAsync([run.EntryId], CancellationToken.None);
    }
}
