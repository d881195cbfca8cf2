namespace VirtualSchool.Portal.Core.Search;

/// <summary>The synonym groups searches expand with; read per search, so keep it cached.</summary>
public interface ISearchSynonyms
{
    ValueTask<IReadOnlyList<SynonymGroup>> GroupsAsync(CancellationToken cancellationToken);
}
