using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// Runs the workflow queue on this node as soon as a submit, approve or reject commits (woken by
/// <see cref="FormWorkflowSignal"/>), and again when the next retry falls due; the scheduled
/// <see cref="FormWorkflowJob"/> is the safety net (another node's runs, a missed wake-up). Claims keep the two, and
/// other nodes, from running one workflow twice.
/// </summary>
public sealed class FormWorkflowWorker(
    FormWorkflowRunner runner, FormWorkflowSignal signal, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<FormWorkflowWorker> logger) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the host has started: the portal's initialiser (a hosted service too) migrates the database first.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = LongestSleep;
            try
            {
                await runner.RunDueAsync(stoppingToken);
                if (await runner.NextDueAtAsync(stoppingToken) is { } next)
                {
                    var wait = next - clock.GetUtcNow().UtcDateTime;
                    sleep = wait < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : wait < LongestSleep ? wait : LongestSleep;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The form workflow queue could not be run; trying again shortly");
            }

            try
            {
                await signal.WaitAsync(sleep, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
