namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Told when a transaction that queued workflow runs has committed, so the workflow runner starts at once rather than
/// at its next scheduled pass. The runner waits on <see cref="WaitAsync"/>.
/// </summary>
public sealed class FormWorkflowSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void RunsQueued()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the runner will read every pending run when it wakes.
        }
    }

    /// <summary>Waits until runs are queued or the time passes; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _queued.Dispose();
}
