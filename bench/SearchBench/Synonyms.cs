using VirtualSchool.Portal.Core.Search;

namespace SearchBench;

/// <summary>The seeded vocabulary's groups, fixed for the bench.</summary>
internal sealed class Synonyms(IReadOnlyList<SynonymGroup> groups) : ISearchSynonyms
{
    public ValueTask<IReadOnlyList<SynonymGroup>> GroupsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(groups);
}
