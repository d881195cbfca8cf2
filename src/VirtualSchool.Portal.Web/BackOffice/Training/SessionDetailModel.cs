using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.BackOffice.Training;

public sealed record SessionDetailModel(TrainingSession Session, string Course, IReadOnlyList<Booking> Bookings, EvaluationSummary Evaluations, DateTime ClosesAt);
