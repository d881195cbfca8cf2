using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// Told of every change to the published cache on this node, whether made here or read from another node's
/// instruction, under the cache's write lock: it only queues the page (the sync is resolved when the change runs,
/// since it reads the cache this observer is part of).
/// </summary>
public sealed class PublishedContentSearchObserver(SearchChangeQueue queue, IServiceProvider services) : IPublishedContentObserver
{
    private SearchSourceSync Sync => services.GetRequiredService<SearchSourceSync>();

    /// <summary>
    /// The cache was loaded afresh. Whether the indexes had started is read now, not when the queue gets to it: a load
    /// before they started (start-up, a first boot's import) is covered by their start-up check, and must not ask for
    /// a second rebuild just because the queue reached it late.
    /// </summary>
    public void Reset(IEnumerable<PublishedContent> all)
    {
        var rebuild = services.GetRequiredService<ISearchIndexAdmin>().Started;
        queue.Enqueue(ct => Sync.ResetAsync(rebuild, ct));
    }

    public void Updated(PublishedContent content)
    {
        var key = content.Key;
        queue.Enqueue(ct => Sync.PageAsync(key, ct));
    }

    public void Removed(Guid key) => queue.Enqueue(ct => Sync.PageAsync(key, ct));
}
