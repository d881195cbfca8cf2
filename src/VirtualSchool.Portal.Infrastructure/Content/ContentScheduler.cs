using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content;

/// <summary>
/// Stores publishes and unpublishes for later, and runs the ones that are due through
/// <see cref="ContentService"/> (so the published cache and redirects follow, as for a publish by hand).
/// </summary>
public sealed class ContentScheduler(
    IDbContextFactory<PortalDbContext> contexts, IContentRepository repository, ContentService content, AuditLog audit, Email.PortalMail mail, TimeProvider clock)
{
    /// <summary>
    /// Schedules a publish and/or an unpublish (UTC); both must be in the future, the unpublish after the publish.
    /// The result is what was stored; a refusal has the errors by field.
    /// </summary>
    public async Task<Attempt<IReadOnlyList<ContentSchedule>, ContentOperationStatus>> ScheduleAsync(
        Guid key, DateTime? publishAt, DateTime? unpublishAt, string? user, CancellationToken cancellationToken = default)
    {
        if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false })
        {
            return new(ContentOperationStatus.NotFound, [], []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<FormError>();
        if (publishAt is null && unpublishAt is null)
        {
            errors.Add(new("publish", "Enter a date and time to publish or to unpublish"));
        }

        if (publishAt <= now)
        {
            errors.Add(new("publish", "The publish date and time must be in the future"));
        }

        if (unpublishAt <= now)
        {
            errors.Add(new("unpublish", "The unpublish date and time must be in the future"));
        }
        else if (unpublishAt <= publishAt)
        {
            errors.Add(new("unpublish", "The unpublish date and time must be after the publish date and time"));
        }

        if (errors.Count > 0)
        {
            return new(ContentOperationStatus.InvalidProperties, [], errors);
        }

        var added = new List<ContentSchedule>();
        if (publishAt is { } publish)
        {
            added.Add(new() { NodeKey = key, Action = ScheduleActions.Publish, RunAt = publish, CreatedBy = user, CreatedAt = now });
        }

        if (unpublishAt is { } unpublish)
        {
            added.Add(new() { NodeKey = key, Action = ScheduleActions.Unpublish, RunAt = unpublish, CreatedBy = user, CreatedAt = now });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ContentSchedules.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return new(ContentOperationStatus.Success, added, []);
    }

    public async Task<IReadOnlyList<ContentSchedule>> ListAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentSchedules.AsNoTracking().Where(s => s.NodeKey == key).OrderBy(s => s.RunAt).ToListAsync(cancellationToken);
    }

    /// <summary>Cancels one entry of the node's schedule; null when there is no such entry.</summary>
    public async Task<ContentSchedule?> CancelAsync(Guid key, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContentSchedules.SingleOrDefaultAsync(s => s.Id == id && s.NodeKey == key, cancellationToken);
        if (entry is not null)
        {
            db.ContentSchedules.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
        }

        return entry;
    }

    /// <summary>
    /// Runs every entry due by now, oldest first. Done entries are removed, as are entries whose page has gone.
    /// A publish the draft is not fit for (validation) is kept with the reason, its author is emailed once, and
    /// it is tried again as soon as the draft is saved again; one refused because the parent is not published
    /// or a handler cancelled it is tried again at every run. Returns how many entries were run.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<ContentSchedule> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.ContentSchedules.AsNoTracking().Where(s => s.RunAt <= now).ToListAsync(cancellationToken);
        }

        var ran = 0;
        foreach (var entry in due.OrderBy(s => s.RunAt).ThenBy(s => s.Id))
        {
            var node = await repository.GetNodeAsync(entry.NodeKey, cancellationToken);
            if (node is not null && entry.FailedDraftVersionId is { } refused && node.DraftVersionId == refused)
            {
                // Still the draft that failed validation: nothing to gain from trying it again.
                continue;
            }

            ran++;
            var publish = entry.Action == ScheduleActions.Publish;
            var result = publish
                ? await content.PublishAsync(entry.NodeKey, entry.CreatedBy, cancellationToken: cancellationToken)
                : await content.UnpublishAsync(entry.NodeKey, entry.CreatedBy, cancellationToken);
            var retry = !result.Succeeded && result.Status is ContentOperationStatus.InvalidProperties
                or ContentOperationStatus.PathNotPublished or ContentOperationStatus.CancelledByNotification;
            var reason = result.ValidationErrors.Count > 0
                ? string.Join("; ", result.ValidationErrors.Select(e => e.Message))
                : result.Message ?? result.Status.ToString();
            var outcome = result.Succeeded
                ? $"scheduled {entry.Action} by {entry.CreatedBy} done"
                : $"scheduled {entry.Action} by {entry.CreatedBy} failed{(retry ? " (will try again)" : "")}: {reason}";
            await audit.RecordAsync(publish ? AuditActions.Publish : AuditActions.Unpublish, null, null, "content",
                entry.NodeKey.ToString(), result.Node?.Name ?? node?.Name, outcome, cancellationToken: cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!retry)
            {
                await db.ContentSchedules.Where(s => s.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            var stored = await db.ContentSchedules.SingleOrDefaultAsync(s => s.Id == entry.Id, cancellationToken);
            if (stored is null)
            {
                continue;
            }

            var firstFailure = stored.LastError is null;
            stored.Attempts++;
            stored.LastError = reason.Length > 1000 ? reason[..1000] : reason;
            stored.LastAttemptAt = now;
            stored.FailedDraftVersionId = result.Status == ContentOperationStatus.InvalidProperties ? node?.DraftVersionId : null;
            if (firstFailure && entry.CreatedBy is { } author && author.Contains('@', StringComparison.Ordinal))
            {
                mail.Queue(db, "scheduled-publish-failed", author, new Dictionary<string, string?>
                {
                    ["page"] = node?.Name ?? entry.NodeKey.ToString(),
                    ["action"] = entry.Action,
                    ["reason"] = reason,
                    ["validation"] = result.Status == ContentOperationStatus.InvalidProperties ? "yes" : null,
                    ["link"] = $"/umbraco/content/{entry.NodeKey}/schedule",
                });
            }

            // The entry and its email are stored together.
            await db.SaveChangesAsync(cancellationToken);
        }

        return ran;
    }
}
