using VirtualSchool.Portal.Web.Jobs;

namespace VirtualSchool.Portal.Web.Feedback;

public static class FeedbackSetup
{
    /// <summary>"Is this page useful?": its service is the infrastructure's; here, the job that keeps the retention promise.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services) =>
        services.AddPortalJob<FeedbackPurgeJob>(FeedbackPurgeJob.Name, "Erases page feedback comments older than the retention period", JobSchedule.DailyUk(3, 15));
}
