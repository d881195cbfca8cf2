namespace VirtualSchool.Portal.Core.Search;

/// <summary>
/// Gives an index everything of one source (pages, training, documents, drafts, media, members) when it is built or
/// rebuilt, as Examine's index populators do. An index has one populator per source; register each as a singleton.
/// </summary>
public interface ISearchIndexPopulator
{
    /// <summary>The index it fills (<see cref="SearchIndexNames"/>).</summary>
    string Index { get; }

    /// <summary>
    /// A short text that changes whenever the source changes (a count and the latest update time): stored with the index,
    /// and compared at start-up, so an index behind its database is rebuilt.
    /// </summary>
    Task<string> FingerprintAsync(CancellationToken cancellationToken);

    /// <summary>Every document of the source, streamed.</summary>
    IAsyncEnumerable<SearchDocument> ReadAllAsync(CancellationToken cancellationToken);
}
