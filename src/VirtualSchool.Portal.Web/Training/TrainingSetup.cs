using Quartz;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

public static class TrainingSetup
{
    /// <summary>The training feature's services; called by <c>AddPortal</c> after the portal's initialiser.</summary>
    public static WebApplicationBuilder AddTraining(this WebApplicationBuilder builder)
    {
        builder.Services.AddTrainingInfrastructure();
        builder.Services.AddHostedService<TrainingSeedService>();
        return builder;
    }

    /// <summary>
    /// The training jobs. The interval is fixed when the scheduler is built, which is after the host's
    /// configuration (tests included) is complete.
    /// </summary>
    public static void AddTrainingJobs(this IQuartzBuilder q, TimeSpan every)
    {
        Add<TrainingRemindersJob>(q, TrainingRemindersJob.Name, "Emails reminders with joining details before each session", every);
        Add<TrainingOffersJob>(q, TrainingOffersJob.Name, "Passes waiting-list offers that were not accepted in time to the next person", every);
        Add<TrainingEvaluationsJob>(q, TrainingEvaluationsJob.Name, "Emails attendees the evaluation and certificate links after a session", every);
        var retention = new JobKey(TrainingRetentionJob.Name);
        q.AddJob<TrainingRetentionJob>(j => j.WithIdentity(retention).WithDescription("Erases access needs soon after each session and anonymises bookers' personal data after the retention period, keeping the counts"));
        q.AddTrigger(t => t.ForJob(retention).WithIdentity(TrainingRetentionJob.Name + "-daily").WithCronSchedule("0 30 3 * * ?", c => c.InTimeZone(Hosting.UkTime.Zone)));
    }

    private static void Add<T>(IQuartzBuilder q, string name, string description, TimeSpan every)
        where T : IJob
    {
        var key = new JobKey(name);
        q.AddJob<T>(j => j.WithIdentity(key).WithDescription(description));
        q.AddTrigger(t => t.ForJob(key).WithIdentity(name + "-interval").WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()));
    }
}
