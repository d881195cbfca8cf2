using System.Runtime.CompilerServices;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Core.Tests.Search.Engine;

/// <summary>A populator of the external index whose documents and fingerprint the test sets; it can be held part-way.</summary>
public sealed class TestPopulator : ISearchIndexPopulator
{
    public List<SearchDocument> Documents { get; } = [];

    public string Fingerprint { get; set; } = "1";

    /// <summary>When set, reading waits here after <see cref="HoldAfter"/> documents until released.</summary>
    public SemaphoreSlim? Hold { get; set; }

    public int HoldAfter { get; set; }

    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Reads { get; private set; }

    public string Index => SearchIndexNames.External;

    public Task<string> FingerprintAsync(CancellationToken cancellationToken) => Task.FromResult(Fingerprint);

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads++;
        for (var i = 0; i < Documents.Count; i++)
        {
            if (Hold is not null && i == HoldAfter)
            {
                Held.TrySetResult();
                await Hold.WaitAsync(cancellationToken);
            }

            yield return Documents[i];
        }
    }
}
