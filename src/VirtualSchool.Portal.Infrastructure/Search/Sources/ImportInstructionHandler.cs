using VirtualSchool.Portal.Infrastructure.Cluster;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// Another node imported content (and perhaps media): its published cache was loaded afresh, which rebuilds the content
/// indexes (<see cref="SearchSourceSync.ResetAsync"/>); the media library is compared here.
/// </summary>
public sealed class ImportInstructionHandler(SearchChangeQueue queue, SearchSourceSync sync) : ICacheInstructionHandler
{
    public CacheInstructionKind Kind => CacheInstructionKind.All;

    public Task ApplyAsync(Guid? itemKey, CancellationToken cancellationToken)
    {
        queue.Enqueue(sync.MediaAsync);
        return Task.CompletedTask;
    }
}
