using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Cluster;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// Every few seconds (<c>Portal:Cluster:SyncIntervalSeconds</c>) applies what other nodes sharing the database
/// changed in their published cache and access rules, and now and then deletes instructions all have read.
/// On a single node it reads nothing but its own instructions, which it skips.
/// </summary>
public sealed class CacheSyncService(CacheInstructions instructions, IOptions<PortalOptions> options, ILogger<CacheSyncService> logger, TimeProvider clock)
    : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.Cluster.SyncIntervalSeconds));
        var pruned = clock.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await instructions.ApplyAsync(stoppingToken);
                    if (clock.GetElapsedTime(pruned) > PruneEvery)
                    {
                        pruned = clock.GetTimestamp();
                        await instructions.PruneAsync(stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be briefly unreachable: the cursor has not moved, so the next tick tries again.
                    logger.LogWarning(ex, "Could not read other nodes' cache instructions");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
