using System.Collections.Concurrent;
using Quartz;

namespace VirtualSchool.Portal.Web.Jobs;

/// <summary>One run of a job: when it started and ended, and what it returned or why it failed.</summary>
public sealed record JobRun(DateTime StartedAt, DateTime? EndedAt, bool Succeeded, string? Result);

/// <summary>
/// Remembers each job's latest run, in memory (the back office's jobs page shows it; a restart forgets it,
/// which is fine for "did last night's run work?" since the log keeps the history).
/// </summary>
public sealed class JobRunHistory(TimeProvider clock) : IJobListener
{
    private readonly ConcurrentDictionary<JobKey, JobRun> _latest = new();

    public string Name => nameof(JobRunHistory);

    public JobRun? Latest(JobKey key) => _latest.GetValueOrDefault(key);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        _latest[context.JobDetail.Key] = new JobRun(clock.GetUtcNow().UtcDateTime, null, false, null);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var started = _latest.TryGetValue(context.JobDetail.Key, out var run) ? run.StartedAt : clock.GetUtcNow().UtcDateTime - context.JobRunTime;
        _latest[context.JobDetail.Key] = jobException is null
            ? new JobRun(started, clock.GetUtcNow().UtcDateTime, true, context.Result is null ? "Completed" : Convert.ToString(context.Result, System.Globalization.CultureInfo.InvariantCulture))
            : new JobRun(started, clock.GetUtcNow().UtcDateTime, false, (jobException.InnerException ?? jobException).Message);
        return ValueTask.CompletedTask;
    }
}
