using System.Diagnostics;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// A background rebuild of one index: every populator's documents written into a fresh generation folder while the
/// old one keeps answering; then the index replays what changed meanwhile and swaps (<see cref="LuceneIndex.CompleteRebuildAsync"/>).
/// </summary>
internal sealed partial class IndexRebuild(
    LuceneIndex index,
    IReadOnlyList<ISearchIndexPopulator> populators,
    int storedTextLimit,
    ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private int _done;

    /// <summary>Documents written so far.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>The previous build's count, as an estimate of this one's (null on a first build).</summary>
    public int? Expected { get; init; }

    public Task Completion { get; private set; } = Task.CompletedTask;

    public void Cancel()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    /// <summary>Starts the rebuild on the thread pool; false when one already runs.</summary>
    public bool Start(CancellationToken stopping)
    {
        if (!index.BeginRebuild(this))
        {
            return false;
        }

        var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, _cancel.Token);
        Completion = Task.Run(async () =>
        {
            using (linked)
            {
                await RunAsync(linked.Token);
            }
        }, CancellationToken.None);
        return true;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        IndexGeneration? generation = null;
        try
        {
            // Fingerprints before reading: a change made while reading leaves the index marked older than it is, never newer.
            var fingerprints = await SearchFingerprints.ComputeAsync(populators, cancellationToken);
            generation = IndexGeneration.CreateEmpty(index.NewGenerationFolder(), SearchAnalysis.Index, new Dictionary<string, string>());
            foreach (var populator in populators)
            {
                await foreach (var document in populator.ReadAllAsync(cancellationToken))
                {
                    generation.Writer.UpdateDocument(new Term(SearchFields.Id, document.Id), SearchDocumentMapper.ToLucene(document, storedTextLimit));
                    Interlocked.Increment(ref _done);
                }
            }

            await index.CompleteRebuildAsync(generation, fingerprints, cancellationToken);
            index.LastRebuildDuration = watch.Elapsed;
            LogRebuilt(logger, index.Name, Done, watch.ElapsedMilliseconds);
        }
        catch (Exception e)
        {
            Abandon(generation);
            var cancelled = e is OperationCanceledException && cancellationToken.IsCancellationRequested;
            if (!cancelled)
            {
                LogFailed(logger, e, index.Name);
            }

            index.FailRebuild(cancelled ? "The last rebuild was stopped before it finished." : $"The last rebuild failed: {e.Message}");
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose() => _cancel.Dispose();

    private static void Abandon(IndexGeneration? generation)
    {
        if (generation is null)
        {
            return;
        }

        try
        {
            generation.Abandon();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The folder goes anyway.
        }

        IndexFolders.Delete(generation.Folder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index {Index} rebuilt: {Count} documents in {Milliseconds} ms.")]
    private static partial void LogRebuilt(ILogger logger, string index, int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index {Index}: the rebuild failed; the index carries on as it was.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string index);
}
