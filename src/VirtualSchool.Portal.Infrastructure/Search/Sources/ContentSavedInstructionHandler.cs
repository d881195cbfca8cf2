using VirtualSchool.Portal.Infrastructure.Cluster;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>Another node saved a draft: the back office's index on this node reads it again.</summary>
public sealed class ContentSavedInstructionHandler(SearchChangeQueue queue, SearchSourceSync sync) : ICacheInstructionHandler
{
    public CacheInstructionKind Kind => CacheInstructionKind.ContentSaved;

    public Task ApplyAsync(Guid? itemKey, CancellationToken cancellationToken)
    {
        if (itemKey is { } key)
        {
            queue.Enqueue(ct => sync.DraftAsync(key, ct));
        }

        return Task.CompletedTask;
    }
}
