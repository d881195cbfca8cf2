namespace VirtualSchool.Portal.Core.Search;

/// <summary>Searches one of the node's indexes (<see cref="SearchIndexNames"/>).</summary>
public interface ISearcher
{
    /// <summary>Never throws for what a reader types; an index being rebuilt answers from what it has, with <see cref="SearchResults.Complete"/> false.</summary>
    Task<SearchResults> SearchAsync(string index, SearchRequest request, CancellationToken cancellationToken);
}
