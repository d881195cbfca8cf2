using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>The manage-booking page behind the private link.</summary>
public sealed record ManageBookingModel(BookingView View, string Token, string CourseTitle, string? CourseRoute, string? Notice, int? WaitingPosition, bool CanEvaluate)
{
    /// <summary>The "Are you sure?" asked before a cancel, in the words of what the person holds.</summary>
    public static string CancelQuestion(BookingStatus status) => status switch
    {
        BookingStatus.Waiting => "Are you sure you want to leave the waiting list?",
        BookingStatus.Offered => "Are you sure you want to decline the place?",
        _ => "Are you sure you want to cancel your place?",
    };
}
