using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// The content types (composed) as the search sources read them: a draft's properties and a block's element type.
/// Read from the repository at most every few seconds, since a rebuild asks for them thousands of times and they
/// change only when an administrator edits a document type.
/// </summary>
public sealed class SearchContentTypes(IContentRepository repository, IDataEditorCollection editors, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyDictionary<string, ContentType> ByAlias, IReadOnlyDictionary<Guid, ContentType> ByKey);

    /// <summary>A writer of search text whose blocks find their element types here.</summary>
    public async Task<SearchTextWriter> WriterAsync(CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        return new SearchTextWriter(editors, key => snapshot.ByKey.GetValueOrDefault(key));
    }

    /// <summary>The composed type of an alias, or null.</summary>
    public async Task<ContentType?> ByAliasAsync(string alias, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).ByAlias.GetValueOrDefault(alias);

    public void Dispose() => _loading.Dispose();

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < FreshFor)
        {
            return snapshot;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } again && clock.GetUtcNow() - again.ReadAt < FreshFor)
            {
                return again;
            }

            var byAlias = (await repository.GetContentTypesAsync(cancellationToken)).ByAlias();
            var composed = byAlias.Values.Select(t => ContentTypeComposer.Compose(t, byAlias)).ToList();
            var fresh = new Snapshot(
                clock.GetUtcNow(),
                composed.ByAlias(),
                composed.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First()));
            Volatile.Write(ref _snapshot, fresh);
            return fresh;
        }
        finally
        {
            _loading.Release();
        }
    }
}
