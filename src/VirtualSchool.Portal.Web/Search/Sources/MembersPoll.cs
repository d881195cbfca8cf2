using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Search.Sources;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Search.Sources;

/// <summary>
/// Members are changed through ASP.NET Core Identity on any node (invited, renamed, given groups, erased) with no
/// notification: every few seconds the members are compared with what was indexed, and those that changed follow.
/// </summary>
public sealed class MembersPoll(IServiceScopeFactory scopes, ISearchIndexer indexer) : ISearchSourcePoll
{
    private readonly Dictionary<Guid, string> _indexed = [];
    private bool _seen;

    public async Task PollAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<(Member Member, IReadOnlyList<string> Groups)> members;
        await using (var scope = scopes.CreateAsyncScope())
        {
            members = await MemberDocuments.ReadAllAsync(scope.ServiceProvider.GetRequiredService<MembersDbContext>(), cancellationToken);
        }

        var changed = members.Where(m => !_indexed.TryGetValue(m.Member.Id, out var was) || was != MemberDocuments.Signature(m.Member, m.Groups)).ToList();
        var gone = _indexed.Keys.Except(members.Select(m => m.Member.Id)).ToList();
        foreach (var (member, groups) in changed)
        {
            _indexed[member.Id] = MemberDocuments.Signature(member, groups);
        }

        foreach (var id in gone)
        {
            _indexed.Remove(id);
        }

        var seen = _seen;
        _seen = true;
        if (!seen)
        {
            return;
        }

        if (changed.Count > 0)
        {
            await indexer.IndexAsync(SearchIndexNames.Members, changed.Select(m => MemberDocuments.Build(m.Member, m.Groups)).ToList(), cancellationToken);
        }

        if (gone.Count > 0)
        {
            await indexer.RemoveAsync(SearchIndexNames.Members, gone.Select(MemberDocuments.IdOf).ToList(), cancellationToken);
        }
    }
}
