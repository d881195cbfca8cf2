using System.Runtime.CompilerServices;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>The public index's documents: the words of every .docx and .pdf in the media library outside the recycle bin.</summary>
public sealed class PublishedDocumentsPopulator(MediaLibrary library, MediaDocuments media, SearchIndexedState state, SourceFingerprints fingerprints) : ISearchIndexPopulator
{
    public string Index => SearchIndexNames.External;

    public Task<string> FingerprintAsync(CancellationToken cancellationToken) => fingerprints.MediaAsync(cancellationToken);

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in await library.ReadAllAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (media.External(item.Media, item.AllowedGroups) is { } document)
            {
                state.Indexed(item);
                yield return document;
            }
        }
    }
}
