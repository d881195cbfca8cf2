namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// A source whose changes raise no notification on other nodes (training sessions, members): looked at every few
/// seconds by <see cref="SearchSourcePoller"/> on the change queue. The first look only remembers what is there.
/// </summary>
public interface ISearchSourcePoll
{
    Task PollAsync(CancellationToken cancellationToken);
}
