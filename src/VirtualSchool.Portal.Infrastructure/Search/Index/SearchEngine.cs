using System.Collections.Concurrent;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// The node's indexes (one <see cref="LuceneIndex"/> per name in <see cref="SearchIndexNames"/>, each in
/// <c>{IndexPath}/{name}</c>), what changes them and what the dashboard reads. Changes are searchable when their task
/// completes and committed to disk within <see cref="CommitDelay"/> (with the populators' fingerprints, so the next
/// start can tell whether the index is behind its database).
/// </summary>
public sealed partial class SearchEngine : ISearchIndexer, ISearchIndexAdmin, IDisposable
{
    public static readonly TimeSpan CommitDelay = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _commitScheduled = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ISearchIndexPopulator> _populators;
    private readonly IOptions<PortalOptions> _options;
    private readonly ILogger<SearchEngine> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _started;
    private int _disposed;

    public SearchEngine(IOptions<PortalOptions> options, PortalLocations locations, IEnumerable<ISearchIndexPopulator> populators, ILogger<SearchEngine> logger)
    {
        _options = options;
        _logger = logger;
        _populators = populators.ToList();
        Folder = ResolveFolder(options.Value.Search.IndexPath, locations.DataPath);
    }

    /// <summary>The folder holding this node's indexes.</summary>
    public string Folder { get; }

    internal int StoredTextLimit => _options.Value.Search.StoredTextLimit;

    internal int MaxPageSize => _options.Value.Search.MaxPageSize;

    public static string ResolveFolder(string? indexPath, string dataPath) =>
        string.IsNullOrWhiteSpace(indexPath)
            ? Path.Combine(dataPath, "search", Environment.MachineName)
            : Path.GetFullPath(indexPath, dataPath);

    internal LuceneIndex? Find(string name) =>
        SearchIndexNames.All.Contains(name, StringComparer.Ordinal)
            ? _indexes.GetOrAdd(name, n => new LuceneIndex(n, Path.Combine(Folder, n), _logger, Opened))
            : null;

    internal IReadOnlyList<ISearchIndexPopulator> PopulatorsOf(string index) =>
        _populators.Where(p => string.Equals(p.Index, index, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Opens every index and starts a background rebuild of each that is missing, corrupt or behind its populators'
    /// fingerprints. Returns quickly: the rebuilds run on.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in SearchIndexNames.All)
        {
            Find(name)!.EnsureOpen();
        }

        // From now on an index opened late (its lock freed by a process that held it) is checked when it opens.
        _started = true;
        foreach (var name in SearchIndexNames.All)
        {
            await CheckAsync(Find(name)!, cancellationToken);
        }
    }

    private void Opened(LuceneIndex index)
    {
        if (_started)
        {
            _ = Task.Run(() => CheckAsync(index, _stopping.Token));
        }
    }

    private async Task CheckAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        if (index.Health == SearchIndexHealth.Locked)
        {
            return;
        }

        var behind = false;
        if (!index.NeedsBuild)
        {
            try
            {
                var current = await SearchFingerprints.ComputeAsync(PopulatorsOf(index.Name), cancellationToken);
                behind = !SearchFingerprints.Same(index.StoredFingerprints, current);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFingerprintFailed(_logger, e, index.Name);
                behind = true;
            }
        }

        if (index.NeedsBuild || behind)
        {
            StartRebuild(index);
        }
    }

    /// <summary>Waits for running rebuilds (tests, the benchmark).</summary>
    public Task RebuildsAsync() =>
        Task.WhenAll(_indexes.Values.Select(i => i.Rebuild?.Completion ?? Task.CompletedTask));

    public bool Started => _started;

    public bool RequestRebuild(string index)
    {
        // Before start-up nothing is asked: StartAsync checks every index against its populators anyway (a first boot's
        // import would otherwise build the content indexes twice, once before the access rules were loaded).
        var found = Find(index);
        return _started && found is not null && StartRebuild(found);
    }

    private bool StartRebuild(LuceneIndex index)
    {
        var count = index.NeedsBuild ? (int?)null : index.DocumentCount();
        var rebuild = new IndexRebuild(index, PopulatorsOf(index.Name), StoredTextLimit, _logger) { Expected = count };
        return rebuild.Start(_stopping.Token);
    }

    public IReadOnlyList<SearchIndexStatus> Statuses() => SearchIndexNames.All.Select(n => Status(Find(n)!)).ToList();

    private static SearchIndexStatus Status(LuceneIndex index)
    {
        index.EnsureOpen();
        var rebuild = index.Rebuild;
        return new SearchIndexStatus
        {
            Name = index.Name,
            Health = index.Health,
            DocumentCount = index.DocumentCount(),
            LastUpdated = index.LastUpdated,
            Path = index.Root,
            RebuildDone = rebuild?.Done ?? 0,
            RebuildTotal = rebuild?.Expected,
            LastRebuildDuration = index.LastRebuildDuration,
            Problem = index.Problem,
        };
    }

    public Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return Task.CompletedTask;
        }

        var limit = StoredTextLimit;
        var mapped = documents.Select(d => (Term: new Term(SearchFields.Id, d.Id), Document: SearchDocumentMapper.ToLucene(d, limit))).ToList();
        return WriteAsync(index, writer =>
        {
            foreach (var (term, document) in mapped)
            {
                writer.UpdateDocument(term, document);
            }
        }, cancellationToken);
    }

    public Task RemoveAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        var terms = ids.Select(id => new Term(SearchFields.Id, id)).ToArray();
        return WriteAsync(index, writer => writer.DeleteDocuments(terms), cancellationToken);
    }

    public Task RemoveOwnedAsync(string index, string owner, CancellationToken cancellationToken)
    {
        var term = new Term(SearchFields.Owner, owner);
        return WriteAsync(index, writer => writer.DeleteDocuments(term), cancellationToken);
    }

    private async Task WriteAsync(string name, Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        var index = Find(name) ?? throw new ArgumentException($"No search index is called {name}.", nameof(name));
        if (await index.WriteAsync(change, cancellationToken))
        {
            ScheduleCommit(index);
        }
    }

    private void ScheduleCommit(LuceneIndex index)
    {
        if (!_commitScheduled.TryAdd(index.Name, 0))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(CommitDelay, _stopping.Token);
                _commitScheduled.TryRemove(index.Name, out _);
                await CommitAsync(index, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // Stopping: Dispose commits what is left.
            }
            catch (Exception e)
            {
                LogCommitFailed(_logger, e, index.Name);
            }
        });
    }

    /// <summary>Commits every index's outstanding changes now (at shutdown; tests).</summary>
    public async Task CommitAllAsync(CancellationToken cancellationToken)
    {
        foreach (var index in _indexes.Values)
        {
            await CommitAsync(index, cancellationToken);
        }
    }

    private async Task CommitAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        if (!index.Dirty)
        {
            return;
        }

        // While a rebuild runs, its own fingerprints will be stored when it swaps in; the old generation keeps its own.
        IReadOnlyDictionary<string, string>? fingerprints = null;
        if (index.Rebuild is null && !index.NeedsBuild)
        {
            try
            {
                fingerprints = await SearchFingerprints.ComputeAsync(PopulatorsOf(index.Name), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFingerprintFailed(_logger, e, index.Name);
            }
        }

        await index.CommitAsync(fingerprints, cancellationToken);
    }

    public void Dispose()
    {
        // The container disposes it once for each interface it is registered under.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }

        // _stopping is cancelled, not disposed: a late write may still read its token (a cancelled one).
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index {Index}: the populators' fingerprints could not be read.")]
    private static partial void LogFingerprintFailed(ILogger logger, Exception exception, string index);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index {Index}: a commit failed.")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, string index);
}
