using Quartz;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>Reminds people with a confirmed place the configured days before their session, with the joining details.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingRemindersJob(BookingService bookings) : IJob
{
    public const string Name = "training-reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = $"{await bookings.SendRemindersAsync(cancellationToken)} reminder(s) queued";
}

/// <summary>Passes waiting-list offers that were not accepted in time to the next person waiting.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingOffersJob(BookingService bookings) : IJob
{
    public const string Name = "training-waiting-list-offers";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = $"{await bookings.ExpireOffersAsync(cancellationToken)} offer(s) passed on";
}

/// <summary>Sends attendees (from the register) the evaluation and certificate links after their session.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingEvaluationsJob(BookingService bookings) : IJob
{
    public const string Name = "training-evaluations";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = $"{await bookings.SendEvaluationsAsync(cancellationToken)} evaluation email(s) queued";
}

/// <summary>
/// Erases access and dietary needs the configured days after their session, and bookers' other personal data the
/// configured months after it, keeping the counts.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TrainingRetentionJob(BookingService bookings, AccessNeedsErasure needs) : IJob
{
    public const string Name = "training-retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var erased = await needs.EraseAsync(cancellationToken);
        context.Result = $"{await bookings.AnonymiseAsync(cancellationToken)} booking(s) anonymised, access needs erased from {erased}";
    }
}

/// <summary>Seeds the first-boot programme once the content is loaded (it runs after the portal's initialiser).</summary>
public sealed class TrainingSeedService(TrainingSeeder seeder, ILogger<TrainingSeedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = await seeder.SeedAsync(cancellationToken);
        if (added > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Training: seeded {Count} upcoming sessions", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

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
        q.AddTrigger(t => t.ForJob(retention).WithIdentity(TrainingRetentionJob.Name + "-daily").WithCronSchedule("0 30 3 * * ?", c => c.InTimeZone(UkTime.Zone)));
    }

    private static void Add<T>(IQuartzBuilder q, string name, string description, TimeSpan every)
        where T : IJob
    {
        var key = new JobKey(name);
        q.AddJob<T>(j => j.WithIdentity(key).WithDescription(description));
        q.AddTrigger(t => t.ForJob(key).WithIdentity(name + "-interval").WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()));
    }
}
