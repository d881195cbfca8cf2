using VirtualSchool.Portal.Infrastructure.Search.Sources;

namespace VirtualSchool.Portal.Web.Search.Sources;

/// <summary>Runs the search change queue's loop for the life of the host.</summary>
public sealed class SearchChangeWorker(SearchChangeQueue queue) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.RunAsync(stoppingToken);
}
