namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>Told when a transaction that queued mail has committed, so the outbox can send it at once.</summary>
public interface IOutboxSignal
{
    void MessagesQueued();
}
