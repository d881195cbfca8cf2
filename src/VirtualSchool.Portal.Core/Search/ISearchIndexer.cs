namespace VirtualSchool.Portal.Core.Search;

/// <summary>
/// Changes one of the node's indexes. Each call is applied, committed and visible to searches before its task completes,
/// so a page unpublished or restricted is gone from results by the time the editor's request returns.
/// </summary>
public interface ISearchIndexer
{
    /// <summary>Adds or replaces documents by <see cref="SearchDocument.Id"/>.</summary>
    Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes documents by id; an unknown id is no error.</summary>
    Task RemoveAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Removes every document whose <see cref="SearchDocument.Owner"/> is this.</summary>
    Task RemoveOwnedAsync(string index, string owner, CancellationToken cancellationToken);
}
