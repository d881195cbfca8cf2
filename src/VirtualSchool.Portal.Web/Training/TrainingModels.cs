using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>A course with its upcoming sessions, as listed.</summary>
public sealed record CourseSessions(PublishedContent Course, IReadOnlyList<SessionListing> Sessions)
{
    public string Title => Course.Value("title") ?? Course.Name;
}

/// <summary>A session as readers see it in a list: when, where, and whether they can book.</summary>
public sealed record SessionListing(TrainingSession Session, BookPlaceStatus? Closed, DateTime ClosesAt);

/// <summary>The <c>/training</c> page.</summary>
public sealed record TrainingListingModel(
    PublishedContent? Page,
    IReadOnlyList<CourseSessions> Courses,
    TrainingAudience? Audience,
    string? Month,
    IReadOnlyList<(string Value, string Label)> Months,
    IReadOnlyList<FormError> Errors);

/// <summary>A course page: the course content and its sessions.</summary>
public sealed record TrainingCourseModel(CourseSessions Course);

/// <summary>The booking form, with what was typed and what is wrong with it.</summary>
public sealed record BookingFormModel(CourseSessions Course, SessionListing Session, BookingRequest Form, IReadOnlyList<FormError> Errors)
{
    public bool Full => Session.Session.PlacesLeft == 0;

    public string? Error(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>The page after a booking form is sent: the link to the booking is in the email.</summary>
public sealed record CheckEmailModel(CourseSessions Course, SessionListing Session, bool Waiting, double OfferHours);

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

/// <summary>The evaluation form.</summary>
public sealed record EvaluationModel(BookingView View, string Token, string CourseTitle, string? Rating, string? Comments, IReadOnlyList<FormError> Errors, bool Thanked);

/// <summary>The certificate of attendance.</summary>
public sealed record CertificateModel(BookingView View, string CourseTitle, string? CpdHours, string Organisation);

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

/// <summary>The booking form's fields as posted; every one is checked by <see cref="BookingRules"/>.</summary>
public sealed class BookingForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Role { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public string? Needs { get; set; }
    public string? Consent { get; set; }
}

