using Quartz;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>Deletes form entries older than their form's retention period for their state (the privacy notice's promise).</summary>
[DisallowConcurrentExecution]
public sealed class FormRetentionJob(FormRetentionPurge purge, ILogger<FormRetentionJob> logger) : IJob
{
    public const string Name = "form-entries-retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var erased = await purge.PurgeAsync(cancellationToken);
        context.Result = erased;
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Form retention: deleted {Count} entries", erased);
        }
    }
}
