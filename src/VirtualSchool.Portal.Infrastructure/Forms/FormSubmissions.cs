using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Stores a submitted form: the entry, its files and its queued workflow runs in one transaction, so a workflow runs
/// exactly once for every stored entry and never for one that was not stored; the workflow job is told after the
/// commit, and the person never waits for a workflow. Without manual approval the entry is approved at once and the
/// approve workflows are queued in the same transaction. A form that does not "store records locally" is still
/// stored, since the workflows read their entry from the table: the workflow runner erases it once they have all run.
/// </summary>
public sealed class FormSubmissions(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, FormWorkflowSignal signal, FormUploadFiles files)
{
    /// <summary>
    /// Stores the entry, or does nothing and answers null when the journey was already sent (a double click, two tabs):
    /// the journey's row is taken first in the transaction, so only one submit of a journey ever stores an entry.
    /// </summary>
    public async Task<FormEntry?> SubmitAsync(FormSubmission submission, Func<Guid, bool> isSensitive, Func<Guid, IReadOnlyList<string>, string> describe, CancellationToken cancellationToken = default)
    {
        var form = submission.Form;
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new FormEntry
        {
            Key = Guid.NewGuid(),
            FormKey = form.Key,
            FormVersion = form.Version,
            State = form.Settings.ManualApproval ? FormEntryState.Submitted : FormEntryState.Approved,
            CreatedAt = now,
            UpdatedAt = now,
            PageKey = submission.PageKey,
            IpAddress = form.Settings.StoreIpAddress ? submission.IpAddress : null,
            Values = submission.Values,
            SearchText = SearchText(submission.Values, isSensitive, describe),
        };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        var unsent = new List<Guid>();
        var stored = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            entry.Id = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (submission.ProgressId is { } journey && await db.FormProgress.Where(p => p.Id == journey).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                return false;
            }

            db.FormEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await AdoptFilesAsync(db, submission, entry, cancellationToken);
            db.FormWorkflowRuns.AddRange(FormWorkflowRun.For(form, entry, FormEntryState.Submitted, now));
            if (!form.Settings.ManualApproval)
            {
                db.FormWorkflowRuns.AddRange(FormWorkflowRun.For(form, entry, FormEntryState.Approved, now));
            }

            if (submission.ProgressId is { } progressId)
            {
                // The journey is over: files it uploaded but did not send (a hidden field's) go with its row.
                unsent = await db.FormEntryFiles.Where(f => f.ProgressId == progressId && f.EntryId == null).Select(f => f.Key).ToListAsync(cancellationToken);
                await db.FormEntryFiles.Where(f => f.ProgressId == progressId && f.EntryId == null).ExecuteDeleteAsync(cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });

        if (!stored)
        {
            return null;
        }

        foreach (var key in unsent)
        {
            files.Delete(key);
        }

        signal.RunsQueued();
        return entry;
    }

    /// <summary>The journey's files that the entry's answers name become the entry's.</summary>
    private static async Task AdoptFilesAsync(PortalDbContext db, FormSubmission submission, FormEntry entry, CancellationToken cancellationToken)
    {
        var form = submission.Form;
        var named = submission.Values.SelectMany(v => v.Value).Select(v => Guid.TryParse(v, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToList();
        if (named.Count == 0 || submission.ProgressId is not { } progressId)
        {
            return;
        }

        await db.FormEntryFiles
            .Where(f => f.ProgressId == progressId && f.FormKey == form.Key && named.Contains(f.Key))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.EntryId, entry.Id).SetProperty(f => f.ProgressId, (long?)null), cancellationToken);
    }

    /// <summary>The answers of fields not marked sensitive, in words and lower case, one per line (the entries' text filter).</summary>
    public static string SearchText(Dictionary<Guid, List<string>> values, Func<Guid, bool> isSensitive, Func<Guid, IReadOnlyList<string>, string> describe) =>
        string.Join('\n', values.Where(v => !isSensitive(v.Key) && v.Value.Count > 0).Select(v => describe(v.Key, v.Value).ToLowerInvariant()));
}
