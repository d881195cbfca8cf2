using Quartz;
using VirtualSchool.Portal.Infrastructure.Content;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>Every minute: publishes and unpublishes the pages whose scheduled time has come.</summary>
[DisallowConcurrentExecution]
public sealed class ScheduledPublishingJob(ContentScheduler scheduler, ILogger<ScheduledPublishingJob> logger) : IJob
{
    public const string Name = "scheduled-publishing";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var ran = await scheduler.RunDueAsync(cancellationToken);
        context.Result = ran;
        if (ran > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Scheduled publishing: ran {Count} entries", ran);
        }
    }
}
