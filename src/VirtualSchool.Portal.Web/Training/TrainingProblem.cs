using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>A page that says what went wrong with a training request and what to do instead.</summary>
public sealed record TrainingProblem(string Title, string Message, string? LinkHref = null, string? LinkText = null)
{
    public static TrainingProblem LinkNotWorking(string listing) => new(
        "This link does not work",
        "The link may have been copied wrongly, replaced by a newer one we emailed you, or withdrawn. Use the link in the most recent email we sent you about this booking, or contact the Virtual School.",
        listing, "See training sessions");

    /// <summary>Why a session cannot be booked, and where to choose another date.</summary>
    public static TrainingProblem Closed(BookPlaceStatus why, CourseSessions course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var (title, message) = why switch
        {
            BookPlaceStatus.Cancelled => ("This session has been cancelled", "This session is not going ahead, so it cannot be booked. Choose another date."),
            BookPlaceStatus.Started => ("This session has already taken place", "This session has started or finished, so it cannot be booked. Choose another date."),
            BookPlaceStatus.NotYetOpen => ("Booking has not opened yet", "Booking for this session has not opened yet. Come back later, or choose another date."),
            _ => ("Booking has closed", "Booking for this session has closed. Choose another date."),
        };
        return new TrainingProblem(title, message, course.Course.Route, $"See other dates for {course.Title}");
    }
}
