using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// The one line of work that keeps the indexes current: changes are queued by whatever sees them (the published
/// cache's observer, under its write lock, must not wait; notifications from other nodes) and applied in order by one
/// background loop, so two changes to one page never race. A change made on this node waits for the queue to drain
/// (<see cref="FlushAsync"/>) before the editor's request returns, so it is in the results by then.
/// </summary>
public sealed class SearchChangeQueue(ILogger<SearchChangeQueue> logger)
{
    private sealed record Item(Func<CancellationToken, Task>? Change, TaskCompletionSource? Flushed);

    private readonly Channel<Item> _work = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });

    private int _running;

    /// <summary>Queues a change; never blocks.</summary>
    public void Enqueue(Func<CancellationToken, Task> change) => _work.Writer.TryWrite(new Item(change, null));

    /// <summary>Completes once everything queued before it has been applied (at once when the loop is not running, as in a host that is stopping).</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _running) == 0)
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Writer.TryWrite(new Item(null, done));
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The loop (run by the web host's <c>SearchChangeWorker</c>): applies changes in order until stopped.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        Volatile.Write(ref _running, 1);
        try
        {
            await foreach (var item in _work.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    item.Flushed?.TrySetResult();
                    if (item.Change is { } change)
                    {
                        await change(stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // One change that fails (a database blip) must not stop the ones after it; the next rebuild catches it up.
                    logger.LogError(e, "A search index change failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
            while (_work.Reader.TryRead(out var item))
            {
                // Release anyone waiting for a flush; the changes are for a host that is going away.
                item.Flushed?.TrySetResult();
            }
        }
    }
}
