using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// Told of every change to the published cache on this node, whether made here or read from another node's
/// instruction, under the cache's write lock: it only queues the page (the sync is resolved when the change runs,
/// since it reads the cache this observer is part of).
/// </summary>
public sealed class PublishedContentSearchObserver(SearchChangeQueue queue, IServiceProvider services) : IPublishedContentObserver
{
    private SearchSourceSync Sync => services.GetRequiredService<SearchSourceSync>();

    public void Reset(IEnumerable<PublishedContent> all) => queue.Enqueue(ct => Sync.ResetAsync(ct));

    public void Updated(PublishedContent content)
    {
        var key = content.Key;
        queue.Enqueue(ct => Sync.PageAsync(key, ct));
    }

    public void Removed(Guid key) => queue.Enqueue(ct => Sync.PageAsync(key, ct));
}
