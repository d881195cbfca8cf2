using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// A form's entries for the back office: listed a page at a time (indexed by form and date, counted without loading
/// them), streamed for exports, approved or rejected (queuing the form's workflows for that state in the same
/// transaction) and deleted with their uploads and workflow runs. The public side stores entries (FormSubmissions).
/// </summary>
public sealed class FormEntries(IDbContextFactory<PortalDbContext> contexts, FormUploadFiles files, FormWorkflowSignal signal, TimeProvider clock)
{
    /// <summary>Deletes go in slices of this many entries, so a big bulk delete or retention pass never holds one huge transaction.</summary>
    private const int DeleteSlice = 500;

    public async Task<Paged<FormEntry>> QueryAsync(Guid formKey, FormEntryQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db, formKey, query);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            return await TextQueryAsync(db, filtered, page, pageSize, cancellationToken);
        }

        var total = await filtered.CountAsync(cancellationToken);
        var items = await filtered
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new Paged<FormEntry>(items, total, page, pageSize);
    }

    /// <summary>
    /// A text search cannot use an index (a substring of any answer), so the entries are read once, not twice (a count,
    /// then a page): the matching ids in order, counted, then the page's entries by id.
    /// </summary>
    private static async Task<Paged<FormEntry>> TextQueryAsync(PortalDbContext db, IQueryable<FormEntry> filtered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ids = await filtered
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var pageIds = ids.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var items = await db.FormEntries.AsNoTracking().Where(e => pageIds.Contains(e.Id)).ToListAsync(cancellationToken);
        return new Paged<FormEntry>([.. items.OrderBy(e => pageIds.IndexOf(e.Id))], ids.Count, page, pageSize);
    }

    /// <summary>Every matching entry, newest first, read from the database as they are written out (an export never holds them all).</summary>
    public async IAsyncEnumerable<FormEntry> StreamAsync(Guid formKey, FormEntryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Filter(db, formKey, query).OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).AsAsyncEnumerable();
        await foreach (var entry in rows.WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    public async Task<FormEntry?> GetAsync(Guid formKey, Guid entryKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Key == entryKey && e.FormKey == formKey, cancellationToken);
    }

    /// <summary>The key of the entry with this id, or null when it has gone.</summary>
    public async Task<Guid?> EntryKeyAsync(long entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormEntries.Where(e => e.Id == entryId).Select(e => (Guid?)e.Key).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FormEntryFile>> FilesAsync(long entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormEntryFiles.AsNoTracking().Where(f => f.EntryId == entryId).OrderBy(f => f.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FormWorkflowRun>> RunsAsync(long entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormWorkflowRuns.AsNoTracking().Where(r => r.EntryId == entryId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Approves or rejects these entries of <paramref name="form"/> (those not already in that state), queuing the form's
    /// workflows for the state in the same transaction, then wakes the workflow runner. A workflow already run for an
    /// entry at that state (approved, rejected, approved again) is not queued twice. Returns how many changed.
    /// </summary>
    public async Task<int> SetStateAsync(FormDefinition form, IReadOnlyCollection<Guid> entryKeys, FormEntryState state, CancellationToken cancellationToken = default)
    {
        if (state == FormEntryState.Submitted || entryKeys.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.FormEntries.Where(e => e.FormKey == form.Key && entryKeys.Contains(e.Key) && e.State != state).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        var ids = entries.Select(e => e.Id).ToList();
        var done = (await db.FormWorkflowRuns.AsNoTracking()
                .Where(r => ids.Contains(r.EntryId) && r.Stage == state)
                .Select(r => new { r.EntryId, r.WorkflowKey })
                .ToListAsync(cancellationToken))
            .Select(r => (r.EntryId, r.WorkflowKey)).ToHashSet();
        var queued = 0;
        foreach (var entry in entries)
        {
            entry.State = state;
            entry.UpdatedAt = now;
            foreach (var run in FormWorkflowRun.For(form, entry, state, now).Where(r => !done.Contains((r.EntryId, r.WorkflowKey))))
            {
                db.FormWorkflowRuns.Add(run);
                queued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (queued > 0)
        {
            signal.RunsQueued();
        }

        return entries.Count;
    }

    /// <summary>Deletes these entries of the form with their uploads and workflow runs; returns how many.</summary>
    public async Task<int> DeleteAsync(Guid formKey, IReadOnlyCollection<Guid> entryKeys, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.FormEntries.Where(e => e.FormKey == formKey && entryKeys.Contains(e.Key)).Select(e => e.Id).ToListAsync(cancellationToken);
        return await DeleteByIdsAsync(ids, cancellationToken);
    }

    /// <summary>Deletes entries by id, a slice at a time, each slice's rows in one transaction and then its files.</summary>
    public async Task<int> DeleteByIdsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var slice in ids.Chunk(DeleteSlice))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var fileKeys = await db.FormEntryFiles.Where(f => f.EntryId != null && slice.Contains(f.EntryId.Value)).Select(f => f.Key).ToListAsync(cancellationToken);
            await db.FormWorkflowRuns.Where(r => slice.Contains(r.EntryId)).ExecuteDeleteAsync(cancellationToken);
            await db.FormEntryFiles.Where(f => f.EntryId != null && slice.Contains(f.EntryId.Value)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.FormEntries.Where(e => slice.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            foreach (var key in fileKeys)
            {
                files.Delete(key);
            }
        }

        return deleted;
    }

    /// <summary>
    /// The form's entries matching the query, on the (form, date) and (form, state, date) indexes. The text filter
    /// searches <see cref="FormEntry.SearchText"/>, which holds no sensitive answers.
    /// </summary>
    private static IQueryable<FormEntry> Filter(PortalDbContext db, Guid formKey, FormEntryQuery query)
    {
        var entries = db.FormEntries.AsNoTracking().Where(e => e.FormKey == formKey);
        if (query.State is { } state)
        {
            entries = entries.Where(e => e.State == state);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.CreatedAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.CreatedAt < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.SearchText.Contains(text));
        }

        return entries;
    }
}
