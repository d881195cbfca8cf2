using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>
/// The public training pages: the catalogue (<c>/training</c>, a content node whose children are the
/// <c>trainingCourse</c> pages), a course with its sessions, the booking form, and the private manage-booking
/// pages. Places left change with every booking, so none of these pages is kept in the page cache or by
/// browsers: they are routed here, ahead of the content controller that fills the cache, and sent no-store.
/// </summary>
[Route("training")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TrainingController(
    IPublishedContentCache cache,
    SiteModelFactory sites,
    BookingService bookings,
    TrainingEmails emails,
    IOptions<PortalOptions> options,
    TimeProvider clock) : Controller
{
    public const string ListingRoute = "/training";
    public const string RateLimitPolicy = "training";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        base.OnActionExecuting(context);
    }

    // HEAD too: otherwise a HEAD request would fall through to the content controller, which would render the
    // listing node without its sessions and keep that render in the page cache for later GETs.
    [HttpGet("")]
    [HttpHead("")]
    public async Task<IActionResult> Index(string? audience, string? month, CancellationToken cancellationToken)
    {
        var listing = cache.GetByRoute(ListingRoute);
        var errors = new List<FormError>();
        TrainingAudience? chosen = null;
        if (!string.IsNullOrEmpty(audience))
        {
            chosen = TrainingAudience.FromSlug(audience);
            if (chosen is null)
            {
                errors.Add(new("audience", "Select who the training is for from the list"));
            }
        }

        DateTime? monthStart = null;
        if (!string.IsNullOrEmpty(month))
        {
            if (DateTime.TryParseExact(month.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                monthStart = parsed;
            }
            else
            {
                errors.Add(new("month", "Select a month from the list"));
            }
        }

        var upcoming = await bookings.UpcomingAsync(cancellationToken: cancellationToken);
        var months = upcoming.Select(s => UkTime.FromUtc(s.StartsAt)).Select(d => new DateTime(d.Year, d.Month, 1))
            .Distinct().Order().Select(d => (d.ToString("yyyy-MM", CultureInfo.InvariantCulture), d.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")))).ToList();
        var sessions = errors.Count > 0 ? [] : upcoming.Where(s => monthStart is not { } m || SameMonth(s.StartsAt, m)).ToList();
        var courses = Courses(listing)
            .Where(c => chosen is null || Audiences(c).Contains(chosen))
            .Select(c => Listing(c, sessions.Where(s => s.CourseKey == c.Key)))
            .Where(c => c.Sessions.Count > 0 || (chosen is null && monthStart is null))
            .ToList();
        var model = new TrainingListingModel(listing, courses, chosen, monthStart is null ? null : month!.Trim(), months, errors);
        Layout(listing, errors.Count > 0 ? "Error: Training" : "Training");
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Index", model);
    }

    [HttpGet("{course}")]
    [HttpHead("{course}")]
    public async Task<IActionResult> Course(string course, CancellationToken cancellationToken)
    {
        if (FindCourse(course) is not { } node)
        {
            return NotFound();
        }

        var sessions = await bookings.UpcomingAsync(node.Key, cancellationToken);
        Layout(node, node.Value("title") ?? node.Name);
        return View("Course", new TrainingCourseModel(Listing(node, sessions)));
    }

    [HttpGet("{course}/book/{session:guid}")]
    public async Task<IActionResult> Book(string course, Guid session, CancellationToken cancellationToken)
    {
        var found = await FindAsync(course, session, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var (courseSessions, listing) = found.Value;
        if (listing.Closed is { } closed)
        {
            return Closed(closed, courseSessions);
        }

        return Form(courseSessions, listing, new BookingRequest(null, null, null, null, null, null, false), []);
    }

    [HttpPost("{course}/book/{session:guid}")]
    [ValidateFormToken]
    [EnableRateLimiting(RateLimitPolicy)]
    [RequestSizeLimit(32 * 1024)]
    public async Task<IActionResult> Book(string course, Guid session, [FromForm] BookingForm form, CancellationToken cancellationToken)
    {
        var found = await FindAsync(course, session, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var (courseSessions, listing) = found.Value;
        var request = new BookingRequest(form.Name, form.Email, form.Role, form.Organisation, form.Phone, form.Needs, form.Consent == "yes");
        // No site address from the request: its Host header can be forged, and the email may go to someone else.
        var result = await bookings.BookAsync(session, request, siteUrl: null, cancellationToken);
        switch (result.Status)
        {
            case BookPlaceStatus.Confirmed:
            case BookPlaceStatus.Waiting:
                return SeeOther(CheckEmailPath(course, session, result.Status == BookPlaceStatus.Waiting));
            case BookPlaceStatus.Duplicate:
                // Answered as a new booking would have been (places left or not), so the answer does not say who
                // has a place; the address's owner is emailed their link.
                return SeeOther(CheckEmailPath(course, session, listing.Session.PlacesLeft == 0));
            case BookPlaceStatus.Invalid:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Form(courseSessions, listing, request, result.ValidationErrors);
            case BookPlaceStatus.NotFound:
                return NotFound();
            default:
                return Closed(result.Status, courseSessions);
        }
    }

    /// <summary>
    /// Where a booking sends the booker: the manage link goes only to the email address, so the page is the same
    /// whether the booking is new or the address already had one.
    /// </summary>
    [HttpGet("{course}/book/{session:guid}/check-email")]
    public async Task<IActionResult> CheckEmail(string course, Guid session, bool waiting, CancellationToken cancellationToken)
    {
        if (await FindAsync(course, session, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Layout(null, "Check your email");
        return View("CheckEmail", new CheckEmailModel(found.Course, found.Session, waiting, options.Value.Training.OfferHours));
    }

    private static string CheckEmailPath(string course, Guid session, bool waiting) =>
        $"{ListingRoute}/{Uri.EscapeDataString(course)}/book/{session}/check-email{(waiting ? "?waiting=true" : "")}";

    [HttpGet("bookings/{token}")]
    public async Task<IActionResult> Manage(string token, CancellationToken cancellationToken)
    {
        if (await bookings.FindByTokenAsync(token, cancellationToken) is not { } view)
        {
            return LinkNotWorking();
        }

        string? notice = null;
        if (Request.Query.ContainsKey("cancelled"))
        {
            notice = "Your booking has been cancelled";
        }
        else if (Request.Query.ContainsKey("accepted"))
        {
            notice = "You have accepted the place";
        }

        int? position = view.Booking.Status == BookingStatus.Waiting ? await bookings.WaitingPositionAsync(view.Booking, cancellationToken) : null;

        Layout(null, "Your booking");
        return View("Manage", new ManageBookingModel(view, token, emails.CourseTitle(view.Session.CourseKey), emails.CourseRoute(view.Session.CourseKey), notice, position, Attended(view)));
    }

    /// <summary>"Are you sure?" before a cancel (the GOV.UK pattern): a cancelled place may go to someone else at once.</summary>
    [HttpGet("bookings/{token}/cancel")]
    public async Task<IActionResult> ConfirmCancel(string token, CancellationToken cancellationToken)
    {
        if (await bookings.FindByTokenAsync(token, cancellationToken) is not { } view)
        {
            return LinkNotWorking();
        }

        if (view.Booking.Status == BookingStatus.Cancelled)
        {
            return SeeOther($"/training/bookings/{token}");
        }

        var title = ManageBookingModel.CancelQuestion(view.Booking.Status);
        Layout(null, title);
        return View("ConfirmCancel", new ManageBookingModel(view, token, emails.CourseTitle(view.Session.CourseKey), emails.CourseRoute(view.Session.CourseKey), title, null, false));
    }

    [HttpPost("bookings/{token}/cancel")]
    [ValidateFormToken]
    [EnableRateLimiting(RateLimitPolicy)]
    public async Task<IActionResult> Cancel(string token, CancellationToken cancellationToken) =>
        await bookings.CancelByBookerAsync(token, cancellationToken) switch
        {
            BookingChangeStatus.Done => SeeOther($"/training/bookings/{token}?cancelled=1"),
            BookingChangeStatus.AlreadyDone => Explain(StatusCodes.Status409Conflict, new TrainingProblem("This booking is already cancelled", "Nothing has changed. You can book again from the course page if there are places.", $"/training/bookings/{token}", "See your booking")),
            BookingChangeStatus.NotAllowed => Explain(StatusCodes.Status400BadRequest, new TrainingProblem("This session has started", "A booking cannot be cancelled once the session has started. Contact the Virtual School if you could not attend.", $"/training/bookings/{token}", "See your booking")),
            _ => LinkNotWorking(),
        };

    [HttpPost("bookings/{token}/accept")]
    [ValidateFormToken]
    [EnableRateLimiting(RateLimitPolicy)]
    public async Task<IActionResult> Accept(string token, CancellationToken cancellationToken) =>
        await bookings.AcceptOfferAsync(token, cancellationToken) switch
        {
            BookingChangeStatus.Done => SeeOther($"/training/bookings/{token}?accepted=1"),
            BookingChangeStatus.AlreadyDone => Explain(StatusCodes.Status409Conflict, new TrainingProblem("You already have this place", "Your place is confirmed. Nothing has changed.", $"/training/bookings/{token}", "See your booking")),
            BookingChangeStatus.Expired => Explain(StatusCodes.Status410Gone, new TrainingProblem("The offer has run out", "The time to accept this place has passed, so it has been offered to the next person waiting.", ListingRoute, "See other training sessions")),
            BookingChangeStatus.NotAllowed => Explain(StatusCodes.Status400BadRequest, new TrainingProblem("There is no place to accept", "This booking has not been offered a place from the waiting list.", $"/training/bookings/{token}", "See your booking")),
            _ => LinkNotWorking(),
        };

    [HttpGet("bookings/{token}/evaluation")]
    public async Task<IActionResult> Evaluation(string token, CancellationToken cancellationToken)
    {
        if (await bookings.FindByTokenAsync(token, cancellationToken) is not { } view)
        {
            return LinkNotWorking();
        }

        if (!Attended(view))
        {
            return NotAttended(token);
        }

        Layout(null, "Tell us what you thought");
        return View("Evaluation", new EvaluationModel(view, token, emails.CourseTitle(view.Session.CourseKey), view.Booking.Rating?.ToString(CultureInfo.InvariantCulture), null, [], view.Booking.EvaluatedAt is not null));
    }

    [HttpPost("bookings/{token}/evaluation")]
    [ValidateFormToken]
    [EnableRateLimiting(RateLimitPolicy)]
    [RequestSizeLimit(16 * 1024)]
    public async Task<IActionResult> Evaluation(string token, string? rating, string? comments, CancellationToken cancellationToken)
    {
        if (await bookings.FindByTokenAsync(token, cancellationToken) is not { } view)
        {
            return LinkNotWorking();
        }

        if (!Attended(view))
        {
            return NotAttended(token);
        }

        var errors = new List<FormError>();
        if (!int.TryParse(rating, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) || stars is < 1 or > 5)
        {
            errors.Add(new("rating", "Select how useful the training was"));
        }

        if ((comments?.Trim().Length ?? 0) > BookingRules.MaxComments)
        {
            errors.Add(new("comments", $"Comments must be {BookingRules.MaxComments:N0} characters or fewer"));
        }

        Layout(null, "Tell us what you thought");
        var title = emails.CourseTitle(view.Session.CourseKey);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Title"] = "Error: Tell us what you thought";
            return View("Evaluation", new EvaluationModel(view, token, title, rating, comments, errors, false));
        }

        return await bookings.EvaluateAsync(token, stars, comments, cancellationToken) switch
        {
            BookingChangeStatus.Done => View("Evaluation", new EvaluationModel(view, token, title, rating, comments, [], true)),
            BookingChangeStatus.AlreadyDone => Explain(StatusCodes.Status409Conflict, new TrainingProblem("You have already told us what you thought", "Thank you: we have your answers, and have kept the first ones you sent.", $"/training/bookings/{token}", "See your booking")),
            _ => NotAttended(token),
        };
    }

    [HttpGet("bookings/{token}/certificate")]
    public async Task<IActionResult> Certificate(string token, CancellationToken cancellationToken)
    {
        if (await bookings.FindByTokenAsync(token, cancellationToken) is not { } view)
        {
            return LinkNotWorking();
        }

        if (!Attended(view))
        {
            return NotAttended(token);
        }

        var course = cache.GetByKey(view.Session.CourseKey);
        var site = sites.Create(null);
        Layout(null, "Certificate of attendance");
        return View("Certificate", new CertificateModel(view, emails.CourseTitle(view.Session.CourseKey), course?.Value("cpdHours"), site.OrganisationName ?? site.ServiceName));
    }

    private bool Attended(BookingView view) => view.Booking.Attended == true && view.Session.EndsAt <= clock.GetUtcNow().UtcDateTime;

    private ViewResult NotAttended(string token) =>
        Explain(StatusCodes.Status403Forbidden, new TrainingProblem("This is for people who attended", "The evaluation and certificate are available once the session has ended and the register shows that you attended. If you attended and cannot see them, contact the Virtual School.", $"/training/bookings/{token}", "See your booking"));

    private ViewResult LinkNotWorking() => Explain(StatusCodes.Status404NotFound, TrainingProblem.LinkNotWorking(ListingRoute));

    private ViewResult Closed(BookPlaceStatus why, CourseSessions course) => Explain(StatusCodes.Status400BadRequest, TrainingProblem.Closed(why, course));

    private ViewResult Explain(int status, TrainingProblem problem)
    {
        Response.StatusCode = status;
        Layout(null, problem.Title);
        return View("Problem", problem);
    }

    private StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private ViewResult Form(CourseSessions course, SessionListing session, BookingRequest form, IReadOnlyList<FormError> errors)
    {
        Layout(course.Course, (errors.Count > 0 ? "Error: " : "") + (session.Session.PlacesLeft == 0 ? "Join the waiting list: " : "Book a place: ") + course.Title);
        return View("Book", new BookingFormModel(course, session, form, errors));
    }

    private async Task<(CourseSessions Course, SessionListing Session)?> FindAsync(string course, Guid sessionKey, CancellationToken cancellationToken)
    {
        if (FindCourse(course) is not { } node || await bookings.FindSessionAsync(sessionKey, cancellationToken) is not { } session || session.CourseKey != node.Key)
        {
            return null;
        }

        var listing = new SessionListing(session, bookings.WhyClosed(session), bookings.ClosesAt(session));
        return (new CourseSessions(node, [listing]), listing);
    }

    private PublishedContent? FindCourse(string segment) =>
        segment.Length <= 255 && cache.GetByRoute($"{ListingRoute}/{segment}") is { } node
            && string.Equals(node.ContentTypeAlias, TrainingSeeder.CourseType, StringComparison.OrdinalIgnoreCase)
            ? node
            : null;

    private IEnumerable<PublishedContent> Courses(PublishedContent? listing) =>
        listing is null
            ? []
            : cache.GetChildren(listing.Key).Where(c => string.Equals(c.ContentTypeAlias, TrainingSeeder.CourseType, StringComparison.OrdinalIgnoreCase));

    internal static IReadOnlyList<TrainingAudience> Audiences(PublishedContent course) =>
        PropertyRenderer.Items(course.Value("audiences")).Select(TrainingAudience.FromLabel).OfType<TrainingAudience>().ToList();

    private CourseSessions Listing(PublishedContent course, IEnumerable<TrainingSession> sessions) =>
        new(course, sessions.Select(s => new SessionListing(s, bookings.WhyClosed(s), bookings.ClosesAt(s))).ToList());

    private static bool SameMonth(DateTime utc, DateTime month)
    {
        var uk = UkTime.FromUtc(utc);
        return uk.Year == month.Year && uk.Month == month.Month;
    }

    private void Layout(PublishedContent? page, string title)
    {
        ViewData["Site"] = sites.Create(page);
        ViewData["Title"] = title;
        if (page is not null)
        {
            ViewData["Breadcrumbs"] = sites.Breadcrumbs(page);
        }
    }
}
