using System.Runtime.CompilerServices;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>The public index's pages: every routed published page, training courses with their upcoming sessions.</summary>
public sealed class PublishedPagesPopulator(
    IPublishedContentCache cache,
    PageDocuments pages,
    TrainingSearchText training,
    SearchIndexedState state,
    SourceFingerprints fingerprints) : ISearchIndexPopulator
{
    public string Index => SearchIndexNames.External;

    public Task<string> FingerprintAsync(CancellationToken cancellationToken) => fingerprints.PublishedPagesAsync(cancellationToken);

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sessions = await training.OfCoursesAsync(null, cancellationToken);
        foreach (var content in cache.GetAll().ToList())
        {
            if (await pages.BuildAsync(content, sessions.GetValueOrDefault(content.Key, ""), cancellationToken) is { } document)
            {
                state.Indexed(document, content.Key);
                yield return document;
            }
        }
    }
}
