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
    private static readonly TimeSpan LockFor = TimeSpan.FromMinutes(5);
    private const int BatchSize = 50;

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

            foreach (var message in batch)
            {
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

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<OutboxMessage>(due.Count);
        var until = now + LockFor;
        foreach (var message in due)
        {
            // A conditional update: only one sender (on any node) wins each message.
            var won = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken);
            if (won == 1)
            {
                claimed.Add(message);
            }
        }

        return claimed;
    }

    private async Task<OutboxStatus> SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        string? error = null;
        try
        {
            await sender.SendAsync(EmailOutbox.ToMessage(message), cancellationToken);
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
        var giveUp = attempts >= settings.MaxAttempts;
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
