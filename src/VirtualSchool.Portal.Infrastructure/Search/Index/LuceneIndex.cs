using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// One of the node's indexes: its folder lock, the generation being searched and written, and its health. Writes are
/// serialised by a gate and searchable when they return (near-real-time); commits follow within a second
/// (<see cref="CommitAsync"/>). While a rebuild runs (<see cref="IndexRebuild"/>) every write is also journalled, and the
/// journal is replayed on the new generation before it is swapped in, so no change made meanwhile is lost.
/// </summary>
internal sealed partial class LuceneIndex(string name, string root, ILogger logger, Action<LuceneIndex>? opened = null) : IDisposable
{
    internal const string UpdatedKey = "updated";
    internal const string FingerprintPrefix = "fp:";
    private static readonly TimeSpan LockRetry = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IndexFolders _folders = new(root);
    private IndexFolderLock? _lock;
    private IndexGeneration? _current;
    private List<Action<IndexWriter>>? _journal;
    private DateTime _lastLockAttempt = DateTime.MinValue;
    private bool _opened;
    private bool _disposed;

    public string Name { get; } = name;
    public string Root { get; } = root;
    public SearchIndexHealth Health { get; private set; } = SearchIndexHealth.Missing;
    public string? Problem { get; private set; }
    public DateTime? LastUpdated { get; private set; }
    public TimeSpan? LastRebuildDuration { get; internal set; }

    /// <summary>The fingerprints the index was last built or committed with (empty before the first build).</summary>
    public IReadOnlyDictionary<string, string> StoredFingerprints { get; private set; } = new Dictionary<string, string>();

    /// <summary>True when the index needs a rebuild: it was missing or corrupt when opened.</summary>
    public bool NeedsBuild { get; private set; }

    internal IndexRebuild? Rebuild { get; set; }

    /// <summary>Whether there are changes not yet committed.</summary>
    public bool Dirty { get; private set; }

    /// <summary>Takes the lock and opens the current generation (or an empty one); cheap when already open.</summary>
    public void EnsureOpen()
    {
        if (_opened || _disposed || (Health == SearchIndexHealth.Locked && DateTime.UtcNow - _lastLockAttempt < LockRetry))
        {
            return;
        }

        var openedNow = false;
        _gate.Wait();
        try
        {
            if (!_opened && !_disposed)
            {
                OpenLocked();
                openedNow = _opened;
            }
        }
        finally
        {
            _gate.Release();
        }

        if (openedNow)
        {
            opened?.Invoke(this);
        }
    }

    private void OpenLocked()
    {
        _lastLockAttempt = DateTime.UtcNow;
        _lock ??= IndexFolderLock.TryTake(Root);
        if (_lock is null)
        {
            Health = SearchIndexHealth.Locked;
            Problem = $"Another process holds this index's lock ({Path.Combine(Root, IndexFolderLock.FileName)}): this one cannot write or search it.";
            LogLocked(logger, Name, Root);
            return;
        }

        var folder = _folders.Current();
        if (folder is not null)
        {
            try
            {
                _current = IndexGeneration.Open(folder, SearchAnalysis.Index);
                // Reading every segment's header now finds a corrupt index at start, not in a reader's search.
                using (var reader = DirectoryReader.Open(_current.Directory))
                {
                    _ = reader.NumDocs;
                }

                Health = SearchIndexHealth.Healthy;
                Problem = null;
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                          or InvalidOperationException or ArgumentException or IndexOutOfRangeException or UnauthorizedAccessException)
            {
                LogCorrupt(logger, e, Name, folder);
                _current?.Dispose();
                _current = null;
                Health = SearchIndexHealth.Corrupt;
                Problem = $"The index could not be opened ({e.GetType().Name}: {e.Message}); it is being rebuilt.";
            }
        }

        if (_current is null)
        {
            if (Health != SearchIndexHealth.Corrupt)
            {
                Health = SearchIndexHealth.Missing;
                Problem = "The index has not been built yet; it is being built.";
            }

            var fresh = _folders.NewGeneration();
            _current = IndexGeneration.CreateEmpty(fresh, SearchAnalysis.Index, new Dictionary<string, string>());
            _folders.MakeCurrent(fresh);
            NeedsBuild = true;
        }

        _folders.DeleteOthers(_current.Folder);
        ReadCommitData(_current.CommitData());
        _opened = true;
    }

    private void ReadCommitData(IDictionary<string, string> data)
    {
        StoredFingerprints = data.Where(p => p.Key.StartsWith(FingerprintPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[FingerprintPrefix.Length..], p => p.Value, StringComparer.Ordinal);
        if (data.TryGetValue(UpdatedKey, out var ticks) && long.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            LastUpdated = new DateTime(value, DateTimeKind.Utc);
        }
    }

    /// <summary>Runs a search on the current generation; <paramref name="unavailable"/> when the index is locked or closed.</summary>
    public T Read<T>(Func<IndexSearcher, T> read, Func<T> unavailable)
    {
        EnsureOpen();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var generation = _current;
            if (generation is null)
            {
                return unavailable();
            }

            IndexSearcher searcher;
            try
            {
                searcher = generation.Searchers.Acquire();
            }
            catch (ObjectDisposedException)
            {
                // Swapped for a rebuilt generation between reading _current and acquiring: read the new one.
                continue;
            }

            try
            {
                return read(searcher);
            }
            finally
            {
                generation.Searchers.Release(searcher);
            }
        }

        return unavailable();
    }

    /// <summary>Applies a change, makes it searchable, and journals it while a rebuild runs. False when the index cannot be written.</summary>
    public async Task<bool> WriteAsync(Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        EnsureOpen();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                LogNotWritten(logger, Name, Health);
                return false;
            }

            change(_current.Writer);
            _journal?.Add(change);
            _current.Refresh();
            LastUpdated = DateTime.UtcNow;
            Dirty = true;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Commits outstanding changes durably, recording the fingerprints the index now matches.</summary>
    public async Task CommitAsync(IReadOnlyDictionary<string, string>? fingerprints, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is null || !Dirty)
            {
                return;
            }

            if (fingerprints is not null)
            {
                StoredFingerprints = fingerprints;
            }

            _current.Writer.SetCommitData(CommitData(StoredFingerprints, LastUpdated));
            _current.Writer.Commit();
            Dirty = false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts journalling writes for a rebuild; false when one already runs or the index cannot be written.</summary>
    public bool BeginRebuild(IndexRebuild rebuild)
    {
        EnsureOpen();
        _gate.Wait();
        try
        {
            if (Rebuild is not null || _current is null || _disposed)
            {
                return false;
            }

            Rebuild = rebuild;
            _journal = [];
            Health = SearchIndexHealth.Rebuilding;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Replays the journal on the rebuilt generation, commits it and makes it the one searched and written.</summary>
    public async Task CompleteRebuildAsync(IndexGeneration rebuilt, IReadOnlyDictionary<string, string> fingerprints, CancellationToken cancellationToken)
    {
        IndexGeneration? old;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var change in _journal ?? [])
            {
                change(rebuilt.Writer);
            }

            LastUpdated = DateTime.UtcNow;
            rebuilt.Writer.SetCommitData(CommitData(fingerprints, LastUpdated));
            rebuilt.Writer.Commit();
            rebuilt.Refresh();
            _folders.MakeCurrent(rebuilt.Folder);
            old = _current;
            _current = rebuilt;
            StoredFingerprints = fingerprints;
            _journal = null;
            Rebuild = null;
            Dirty = false;
            NeedsBuild = false;
            Health = SearchIndexHealth.Healthy;
            Problem = null;
        }
        finally
        {
            _gate.Release();
        }

        // Searches still reading the old generation keep their open files (Linux lets a deleted file be read).
        old?.Dispose();
        if (old is not null)
        {
            IndexFolders.Delete(old.Folder);
        }
    }

    /// <summary>Ends a rebuild that failed or was cancelled: the index carries on as it was.</summary>
    public void FailRebuild(string? problem)
    {
        _gate.Wait();
        try
        {
            _journal = null;
            Rebuild = null;
            Health = NeedsBuild ? SearchIndexHealth.Missing : SearchIndexHealth.Healthy;
            Problem = problem;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new generation folder for a rebuild.</summary>
    public string NewGenerationFolder() => _folders.NewGeneration();

    /// <summary>Documents searchable now.</summary>
    public int DocumentCount() => Read(s => s.IndexReader.NumDocs, () => 0);

    internal static Dictionary<string, string> CommitData(IReadOnlyDictionary<string, string> fingerprints, DateTime? updated)
    {
        var data = fingerprints.ToDictionary(p => FingerprintPrefix + p.Key, p => p.Value, StringComparer.Ordinal);
        if (updated is { } when)
        {
            data[UpdatedKey] = when.Ticks.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            Rebuild?.Cancel();
            _current?.Dispose();
            _current = null;
            _lock?.Dispose();
            _lock = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index {Index}: another process holds the lock on {Folder}; this node cannot use it.")]
    private static partial void LogLocked(ILogger logger, string index, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index {Index}: {Folder} could not be opened; rebuilding it.")]
    private static partial void LogCorrupt(ILogger logger, Exception exception, string index, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index {Index} is {Health}: a change was not written.")]
    private static partial void LogNotWritten(ILogger logger, string index, SearchIndexHealth health);
}
