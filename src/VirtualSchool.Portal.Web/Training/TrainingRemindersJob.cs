using Quartz;
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
