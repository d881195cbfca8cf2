using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VirtualSchool.Portal.Infrastructure.Email;

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
