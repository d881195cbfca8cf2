using Quartz;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

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
