using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.Jobs;

namespace VirtualSchool.Portal.Web.Training;

public static class TrainingSetup
{
    /// <summary>How often the reminder, offer and evaluation jobs look for work.</summary>
    private static readonly TimeSpan JobInterval = TimeSpan.FromMinutes(5);

    /// <summary>The training feature's services and jobs; called by <c>AddPortal</c> after the portal's initialiser.</summary>
    public static WebApplicationBuilder AddTraining(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddTrainingInfrastructure();
        services.AddHostedService<TrainingSeedService>();
        services.AddPortalJob<TrainingRemindersJob>(TrainingRemindersJob.Name, "Emails reminders with joining details before each session", JobSchedule.Every(JobInterval, "interval"));
        services.AddPortalJob<TrainingOffersJob>(TrainingOffersJob.Name, "Passes waiting-list offers that were not accepted in time to the next person", JobSchedule.Every(JobInterval, "interval"));
        services.AddPortalJob<TrainingEvaluationsJob>(TrainingEvaluationsJob.Name, "Emails attendees the evaluation and certificate links after a session", JobSchedule.Every(JobInterval, "interval"));
        services.AddPortalJob<TrainingRetentionJob>(TrainingRetentionJob.Name, "Erases access needs soon after each session and anonymises bookers' personal data after the retention period, keeping the counts", JobSchedule.DailyUk(3, 30));
        return builder;
    }
}
