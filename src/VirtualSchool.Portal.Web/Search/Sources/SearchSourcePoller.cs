
using VirtualSchool.Portal.Infrastructure.Search.Sources;

namespace VirtualSchool.Portal.Web.Search.Sources;

/// <summary>
/// At start, remembers the media library as the indexes hold it; then every <see cref="Interval"/> queues a look at
/// each source that has no notifications of its own (<see cref="ISearchSourcePoll"/>), one look at a time.
/// </summary>
public sealed class SearchSourcePoller(SearchChangeQueue queue, SearchSourceSync sync, IEnumerable<ISearchSourcePoll> polls, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private int _pending;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        queue.Enqueue(sync.MediaAsync);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            // One look queued at a time: a slow database never piles looks up behind each other.
            if (Interlocked.CompareExchange(ref _pending, 1, 0) == 0)
            {
                queue.Enqueue(async ct =>
                {
                    try
                    {
                        foreach (var poll in polls)
                        {
                            await poll.PollAsync(ct);
                        }
                    }
                    finally
                    {
                        Volatile.Write(ref _pending, 0);
                    }
                });
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
