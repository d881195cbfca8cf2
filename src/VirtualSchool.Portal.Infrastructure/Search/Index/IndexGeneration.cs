using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// One generation folder of an index opened for writing and near-real-time reading: its writer and the searcher
/// manager over that writer (a change is searchable once the manager refreshes, before it is committed).
/// Files are read with <see cref="NIOFSDirectory"/> rather than memory-mapped, so the index costs the process little
/// resident memory (the operating system's file cache still keeps it hot).
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private IndexGeneration(string folder, Lucene.Net.Store.Directory directory, IndexWriter writer)
    {
        Folder = folder;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Folder { get; }
    public Lucene.Net.Store.Directory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    /// <summary>Opens an existing generation; throws when it is corrupt or missing.</summary>
    public static IndexGeneration Open(string folder, Analyzer analyzer) => Create(folder, analyzer, OpenMode.APPEND);

    /// <summary>A new empty generation, committed once so a reader can open it straight away.</summary>
    public static IndexGeneration CreateEmpty(string folder, Analyzer analyzer, IDictionary<string, string> commitData)
    {
        var generation = Create(folder, analyzer, OpenMode.CREATE);
        generation.Writer.SetCommitData(commitData);
        generation.Writer.Commit();
        return generation;
    }

    /// <summary>What the last commit recorded (fingerprints, last update).</summary>
    public IDictionary<string, string> CommitData() => Writer.CommitData ?? new Dictionary<string, string>();

    public void Refresh() => Searchers.MaybeRefreshBlocking();

    /// <summary>Closes without keeping uncommitted changes (a rebuild that failed or was cancelled).</summary>
    public void Abandon()
    {
        Searchers.Dispose();
        Writer.Rollback();
        Directory.Dispose();
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private static IndexGeneration Create(string folder, Analyzer analyzer, OpenMode mode)
    {
        // The folder lock (IndexFolderLock) keeps other processes out; inside this process only this class opens a
        // writer on a generation, so Lucene's lock need only be in memory and leaves no stale file behind a kill -9.
        var directory = new NIOFSDirectory(new DirectoryInfo(folder), new SingleInstanceLockFactory());
        try
        {
            if (mode == OpenMode.APPEND && !DirectoryReader.IndexExists(directory))
            {
                throw new IndexNotFoundException($"no index in {folder}");
            }

            var config = new IndexWriterConfig(EnglishSearchAnalyzer.Version, analyzer)
            {
                OpenMode = mode,
                RAMBufferSizeMB = 16,
            };
            var writer = new IndexWriter(directory, config);
            try
            {
                return new IndexGeneration(folder, directory, writer);
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }
}
