namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>Course pages follow their sessions: added, changed, cancelled, or started (no longer upcoming).</summary>
public sealed class TrainingSessionsPoll(SearchSourceSync sync) : ISearchSourcePoll
{
    public Task PollAsync(CancellationToken cancellationToken) => sync.TrainingAsync(cancellationToken);
}
