using System.Runtime.CompilerServices;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>The back office's media: every item of the library, folders and binned items included.</summary>
public sealed class MediaItemsPopulator(MediaLibrary library, MediaDocuments media, SourceFingerprints fingerprints) : ISearchIndexPopulator
{
    public string Index => SearchIndexNames.Internal;

    public Task<string> FingerprintAsync(CancellationToken cancellationToken) => fingerprints.MediaAsync(cancellationToken);

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in await library.ReadAllAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return media.Internal(item.Media);
        }
    }
}
