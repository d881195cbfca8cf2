using VirtualSchool.Portal.Infrastructure.Search.Index;

namespace VirtualSchool.Portal.Web.Search.Engine;

/// <summary>
/// Opens the node's search indexes once the host has started (the database migrated, content and access rules loaded)
/// and rebuilds, in the background, any that is missing, corrupt or behind; commits what is left at shutdown. Start-up
/// never waits for it: until an index is built, searches answer with what there is and say they are incomplete.
/// </summary>
public sealed partial class SearchIndexStartup(SearchEngine engine, IHostApplicationLifetime lifetime, ILogger<SearchIndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(stoppingToken);
            await engine.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before start-up finished.
        }
        catch (Exception e)
        {
            LogStartFailed(logger, e);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await engine.CommitAllAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStartFailed(logger, e);
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task.ContinueWith(t => { registration.Dispose(); return t; }, TaskScheduler.Default).Unwrap();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search indexes could not be opened or committed.")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
