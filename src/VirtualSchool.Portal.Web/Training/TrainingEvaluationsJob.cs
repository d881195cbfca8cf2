using Quartz;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>Sends attendees (from the register) the evaluation and certificate links after their session.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingEvaluationsJob(BookingService bookings) : IJob
{
    public const string Name = "training-evaluations";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = $"{await bookings.SendEvaluationsAsync(cancellationToken)} evaluation email(s) queued";
}
