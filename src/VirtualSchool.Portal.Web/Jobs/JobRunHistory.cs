using Quartz;
using VirtualSchool.Portal.Infrastructure.Jobs;

namespace VirtualSchool.Portal.Web.Jobs;

/// <summary>
/// Records every job run in the database (<see cref="JobRunLog"/>) as Quartz starts and finishes it, so the
/// back office's jobs page shows the last run and its result across restarts and nodes.
/// </summary>
public sealed class JobRunHistory(JobRunLog log, ILogger<JobRunHistory> logger) : IJobListener
{
    // Run ids by Quartz's fire instance id, from "started" to "finished".
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _running = new(StringComparer.Ordinal);

    public string Name => nameof(JobRunHistory);

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _running[context.FireInstanceId] = await log.StartedAsync(context.JobDetail.Key.Name, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The history is for people; a failure to write it must not stop the job itself.
            logger.LogWarning(ex, "Could not record the start of job {Job}", context.JobDetail.Key);
        }
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (!_running.TryRemove(context.FireInstanceId, out var runId))
        {
            return;
        }

        var result = jobException is null
            ? context.Result is null ? "Completed" : Convert.ToString(context.Result, System.Globalization.CultureInfo.InvariantCulture)
            : (jobException.InnerException ?? jobException).Message;
        try
        {
            await log.EndedAsync(runId, context.JobDetail.Key.Name, jobException is null, result, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not record the end of job {Job}", context.JobDetail.Key);
        }
    }
}
