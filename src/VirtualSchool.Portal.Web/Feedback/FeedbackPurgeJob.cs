using Microsoft.Extensions.Options;
using Quartz;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Feedback;

namespace VirtualSchool.Portal.Web.Feedback;

/// <summary>Erases feedback comments older than <c>Portal:Feedback:RetentionDays</c> (the privacy notice's promise).</summary>
[DisallowConcurrentExecution]
public sealed class FeedbackPurgeJob(FeedbackService feedback, IOptions<PortalOptions> options, ILogger<FeedbackPurgeJob> logger) : IJob
{
    public const string Name = "feedback-retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var erased = await feedback.PurgeCommentsAsync(TimeSpan.FromDays(options.Value.Feedback.RetentionDays), cancellationToken);
        context.Result = erased;
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Feedback retention: erased {Count} comments", erased);
        }
    }
}
