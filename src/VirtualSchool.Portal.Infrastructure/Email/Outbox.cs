using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Email;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (first try or a retry after a failure).</summary>
    Pending = 0,

    Sent = 1,

    /// <summary>Gave up after the configured number of attempts; an administrator can send it again.</summary>
    Failed = 2,
}

/// <summary>A queued email: stored with the change that caused it, sent later by the outbox job.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string MessageId { get; set; } = "";
    public string Category { get; set; } = "";
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }

    /// <summary>Attachments as JSON (file name, content type, base64 content); null when there are none.</summary>
    public string? Attachments { get; set; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Set while one sender holds the message, so two nodes never send it at the same time.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>The <c>Portal:Email</c> section: how the outbox retries.</summary>
public sealed class EmailOutboxOptions
{
    /// <summary>The wait after the first failure; it doubles after each further failure.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 86400)]
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 604800)]
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>Attempts before a message is marked failed (about a day with the defaults).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MaxAttempts { get; set; } = 30;

    /// <summary>How often the outbox job looks for due messages when nothing wakes it.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>
    /// Sent messages, failed messages (counted from their last attempt) and the <c>.eml</c> files of the
    /// file-based sender are erased after this many days: they hold personal data.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650)]
    public int KeepSentDays { get; set; } = 30;

    /// <summary>
    /// The longest one send may take. A mail server that accepts the connection and then never answers would
    /// otherwise hold the outbox job, which runs one at a time, and stop all email; a send that runs out of time
    /// is a failed attempt and is retried with the back-off.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int SendTimeoutSeconds { get; set; } = 60;
}

/// <summary>Told when a transaction that queued mail has committed, so the outbox can send it at once.</summary>
public interface IOutboxSignal
{
    void MessagesQueued();
}

/// <summary>
/// Queues email in the caller's unit of work: <see cref="Enqueue"/> adds the message to the context's change
/// set, so it is stored by the same <c>SaveChanges</c> (the same transaction) as the booking, invitation or
/// publish that caused it. Nothing is sent until that commit succeeds; nothing is lost if the process dies
/// after it.
/// </summary>
public sealed class EmailOutbox(TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public OutboxMessage Enqueue(PortalDbContext db, EmailMessage message, string category)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new OutboxMessage
        {
            MessageId = message.MessageId ?? $"<{Guid.NewGuid():N}@virtual-school.portal>",
            Category = category,
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Attachments = message.Attachments.Count == 0
                ? null
                : JsonSerializer.Serialize(message.Attachments.Select(a => new StoredAttachment(a.FileName, a.ContentType, a.Content)).ToList(), Json),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(entry);
        return entry;
    }

    /// <summary>Queues one message on its own (when nothing else changes with it) and commits.</summary>
    public async Task<OutboxMessage> SendAsync(IDbContextFactory<PortalDbContext> factory, EmailMessage message, string category, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entry = Enqueue(db, message, category);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    internal static EmailMessage ToMessage(OutboxMessage stored) =>
        new(stored.To, stored.Subject, stored.TextBody, stored.HtmlBody)
        {
            MessageId = stored.MessageId,
            Attachments = stored.Attachments is null
                ? []
                : (JsonSerializer.Deserialize<List<StoredAttachment>>(stored.Attachments, Json) ?? [])
                    .Select(a => new EmailAttachment(a.FileName, a.ContentType, a.Content)).ToList(),
        };

    internal sealed record StoredAttachment(string FileName, string ContentType, byte[] Content);
}

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

/// <summary>
/// Wakes the outbox job when a save that queued mail has committed (at once, or when its explicit
/// transaction commits), so a booking's confirmation leaves at once rather than at the next poll.
/// </summary>
public sealed class OutboxSaveInterceptor(IEnumerable<IOutboxSignal> signals) : SaveChangesInterceptor
{
    private readonly IOutboxSignal[] _signals = signals.ToArray();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, Pending> _pending = new();

    /// <summary>The transaction half: fires the signal held back by a save inside a transaction.</summary>
    public IInterceptor Transactions => _transactions ??= new CommitInterceptor(this);

    private CommitInterceptor? _transactions;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            _pending.GetOrCreateValue(context).Queued = true;
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || !pending.Queued)
        {
            return;
        }

        pending.Queued = false;
        foreach (var signal in _signals)
        {
            signal.MessagesQueued();
        }
    }

    private void RolledBack(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Queued = false;
        }
    }

    private sealed class Pending
    {
        public bool Queued { get; set; }
    }

    private sealed class CommitInterceptor(OutboxSaveInterceptor owner) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => owner.Committed(eventData.Context);

        public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Committed(eventData.Context);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => owner.RolledBack(eventData.Context);

        public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.RolledBack(eventData.Context);
            return Task.CompletedTask;
        }
    }
}

/// <summary>One page of the outbox for the back office.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxMessage> Messages, int Total, int Page, int PageSize, IReadOnlyDictionary<OutboxStatus, int> Counts);

/// <summary>Reads the outbox for administrators: what is waiting, what failed and why, what was sent.</summary>
public sealed class OutboxReport(IDbContextFactory<PortalDbContext> factory)
{
    public const int PageSize = 50;

    public async Task<OutboxPage> ListAsync(OutboxStatus status, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var messages = await (status == OutboxStatus.Sent ? query.OrderByDescending(m => m.SentAt) : query.OrderByDescending(m => m.Id))
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            // The bodies are not needed for the list (and may be large).
            .Select(m => new OutboxMessage
            {
                Id = m.Id, MessageId = m.MessageId, Category = m.Category, To = m.To, Subject = m.Subject, Status = m.Status,
                Attempts = m.Attempts, CreatedAt = m.CreatedAt, NextAttemptAt = m.NextAttemptAt, SentAt = m.SentAt, LastError = m.LastError,
            })
            .ToListAsync(cancellationToken);
        return new OutboxPage(messages, total, page, PageSize, Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0));
    }
}
