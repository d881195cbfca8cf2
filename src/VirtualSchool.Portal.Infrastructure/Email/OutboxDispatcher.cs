using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>What one run of the outbox job did.</summary>
public sealed record OutboxDispatchResult(int Sent, int Retrying, int Failed)
{
    public override string ToString() => $"{Sent} sent, {Retrying} to retry, {Failed} failed";
}

/// <summary>
/// Sends due messages from the outbox with retries and exponential back-off. A message is claimed (locked)
/// before it is sent and marked sent straight after the SMTP server accepts it; if the process dies between
/// the two, the lock expires and the message is sent again with the same Message-ID (at least once, never
/// lost). A message the server accepted and that was marked sent is never sent again.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<PortalDbContext> factory,
    IEmailSender sender,
    IOptions<PortalOptions> options,
    PortalLocations locations,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;

    // Whole milliseconds: the claim is compared for equality later, and PostgreSQL keeps microseconds, not ticks.
    private DateTime ClaimEnd(DateTime now)
    {
        var end = now.AddSeconds(options.Value.Email.ClaimSeconds);
        return new DateTime(end.Ticks - (end.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    public async Task<OutboxDispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        int sent = 0, retrying = 0, failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var (message, claimedUntil) in batch)
            {
                if (!await ClaimAgainAsync(message.Id, claimedUntil, cancellationToken))
                {
                    // The batch's claim ran out during earlier sends and another node has taken this one.
                    continue;
                }

                switch (await SendOneAsync(message, cancellationToken))
                {
                    case OutboxStatus.Sent: sent++; break;
                    case OutboxStatus.Failed: failed++; break;
                    default: retrying++; break;
                }
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        await EraseOldAsync(cancellationToken);
        return new OutboxDispatchResult(sent, retrying, failed);
    }

    /// <summary>Puts failed messages back in the queue for an administrator; returns how many.</summary>
    public async Task<int> RetryAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>
    /// The earliest moment a pending message can be sent: its next attempt, or, while another node holds it, the
    /// end of that node's claim. Null when nothing is pending. The job schedules its next run for this moment
    /// rather than running again at once for messages it cannot have.
    /// </summary>
    public async Task<DateTime?> NextSendableAtAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending)
            .Select(m => m.LockedUntil != null && m.LockedUntil > m.NextAttemptAt ? m.LockedUntil.Value : m.NextAttemptAt)
            .OrderBy(at => at)
            .Select(at => (DateTime?)at)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<List<(OutboxMessage Message, DateTime ClaimedUntil)>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil <= now))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<(OutboxMessage, DateTime)>(due.Count);
        var until = ClaimEnd(now);
        foreach (var message in due)
        {
            // A conditional update: only one sender (on any node) wins each message.
            var won = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken);
            if (won == 1)
            {
                claimed.Add((message, until));
            }
        }

        return claimed;
    }

    /// <summary>
    /// Renews this sender's claim just before the send, so the claim only has to outlast one send (the claim
    /// lifetime stays short and a crashed node's messages go out soon) however long the batch takes.
    /// </summary>
    private async Task<bool> ClaimAgainAsync(long id, DateTime claimedUntil, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var until = ClaimEnd(clock.GetUtcNow().UtcDateTime);
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && m.LockedUntil == claimedUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken) == 1;
    }

    private async Task<OutboxStatus> SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        string? error = null;
        var undeliverable = false;
        try
        {
            await sender.SendAsync(EmailOutbox.ToMessage(message), cancellationToken);
        }
        catch (UndeliverableEmailException ex)
        {
            // Retrying cannot help: marked failed now, for an administrator to see.
            error = ex.Message;
            undeliverable = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = (ex.InnerException ?? ex).Message;
        }

        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        if (error is null)
        {
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LockedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            return OutboxStatus.Sent;
        }

        var attempts = message.Attempts + 1;
        var giveUp = undeliverable || attempts >= settings.MaxAttempts;
        var wait = TimeSpan.FromSeconds(Math.Min(settings.RetryMaxSeconds, settings.RetryBaseSeconds * Math.Pow(2, Math.Min(attempts - 1, 20))));
        var status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
        if (error.Length > 1000)
        {
            error = error[..1000];
        }

        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, now + wait)
            .SetProperty(m => m.LockedUntil, (DateTime?)null)
            .SetProperty(m => m.LastError, error), CancellationToken.None);
        if (giveUp)
        {
            logger.LogError("Email {MessageId} ({Category}) failed after {Attempts} attempts: {Error}", message.MessageId, message.Category, attempts, error);
        }
        else
        {
            logger.LogWarning("Email {MessageId} ({Category}) not sent (attempt {Attempts}), retrying in {Wait}: {Error}", message.MessageId, message.Category, attempts, wait, error);
        }

        return status;
    }

    /// <summary>
    /// Erases what the outbox keeps of people's email once <see cref="EmailOutboxOptions.KeepSentDays"/> have
    /// passed: sent messages (from when they were sent), failed messages (from their last attempt, so an
    /// administrator has the same period to see and re-queue them), and the <c>.eml</c> copies the file-based
    /// sender writes to the data folder's <c>mail/</c>. A pending message is kept while its back-off can still
    /// be running; one still pending the retention period after the longest the back-off can last (every attempt
    /// waiting <c>RetryMaxSeconds</c>) is stale, and its content is past the retention period too, so it goes.
    /// Due messages were tried earlier in the same run, so nothing that could still be sent is lost to this.
    /// </summary>
    private async Task EraseOldAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-settings.KeepSentDays);
        var staleBefore = before.AddSeconds(-(double)settings.MaxAttempts * settings.RetryMaxSeconds);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.OutboxMessages
                .Where(m => (m.Status == OutboxStatus.Sent && m.SentAt < before)
                            || (m.Status == OutboxStatus.Failed && m.NextAttemptAt < before)
                            || (m.Status == OutboxStatus.Pending && m.CreatedAt < staleBefore))
                .ExecuteDeleteAsync(cancellationToken);
        }

        EraseOldMailFiles(before);
    }

    private void EraseOldMailFiles(DateTime before)
    {
        var folder = new DirectoryInfo(Path.Combine(locations.DataPath, "mail"));
        if (!folder.Exists)
        {
            return;
        }

        foreach (var file in folder.EnumerateFiles("*.eml"))
        {
            try
            {
                if (file.LastWriteTimeUtc < before)
                {
                    file.Delete();
                }
            }
            catch (IOException ex)
            {
                // Another node may have erased it first, or it is still being written: the next run tries again.
                logger.LogDebug(ex, "Could not erase an old mail file");
            }
            catch (UnauthorizedAccessException ex)
            {
                logger.LogWarning(ex, "Could not erase {File}", file.Name);
            }
        }
    }
}
