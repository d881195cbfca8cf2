using Quartz;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>Passes waiting-list offers that were not accepted in time to the next person waiting.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingOffersJob(BookingService bookings) : IJob
{
    public const string Name = "training-waiting-list-offers";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = $"{await bookings.ExpireOffersAsync(cancellationToken)} offer(s) passed on";
}
