using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.BackOffice.Reports;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Training;

public sealed record SessionListModel(SessionPage Page, bool Past, IReadOnlyDictionary<Guid, string> Courses);

public sealed record SessionFormModel(Guid? Key, SessionForm Form, IReadOnlyList<(Guid Key, string Title)> Courses);

/// <summary>
/// The training coordinator's pages under <c>/umbraco/training</c> (Training coordinator and Administrator):
/// sessions with their bookings, waiting lists and places left; creating, editing and cancelling sessions;
/// cancelling bookings; the register; exports (CSV and .xlsx); evaluation results. Every change is audited.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageTraining)]
public sealed class TrainingSessionsController(
    TrainingCoordinator coordinator,
    BookingService bookings,
    IPublishedContentCache cache,
    UserManager<BackOfficeUser> users,
    AuditLog audit,
    TimeProvider clock) : BackOfficeController
{
    [HttpGet("umbraco/training")]
    public async Task<IActionResult> Index(string? when, int page = 1)
    {
        if (when is not (null or "" or "upcoming" or "past") || page < 1 || page > 100_000)
        {
            return BadRequest();
        }

        var past = when == "past";
        var list = await coordinator.ListAsync(past, page, HttpContext.RequestAborted);
        return View(new SessionListModel(list, past, Courses().ToDictionary(c => c.Key, c => c.Title)));
    }

    [HttpGet("umbraco/training/evaluations")]
    public async Task<IActionResult> Evaluations()
    {
        var results = await coordinator.EvaluationsByCourseAsync(HttpContext.RequestAborted);
        return View(results.Select(r => (Title: CourseTitle(r.CourseKey), r.Summary)).OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList());
    }

    [HttpGet("umbraco/training/sessions/new")]
    public IActionResult Create() =>
        View("Edit", new SessionFormModel(null, new SessionForm { Format = "in-person", Capacity = "20", Starts = "09:30", Ends = "12:30" }, Courses()));

    [HttpPost("umbraco/training/sessions/new")]
    public async Task<IActionResult> Create([FromForm] SessionForm form)
    {
        var errors = new FormErrors();
        var input = Parse(form, existing: null, errors);
        if (input is not null && errors.Count == 0)
        {
            var result = await coordinator.CreateAsync(input, HttpContext.RequestAborted);
            if (result.Status == SessionSaveStatus.Saved)
            {
                await AuditAsync(AuditActions.TrainingSessionCreate, result.Result!, $"{result.Result!.Capacity} places");
                TempData["Message"] = "The session has been created.";
                return Redirect($"/umbraco/training/sessions/{result.Result.Key}");
            }

            foreach (var (field, message) in result.ValidationErrors)
            {
                errors.Add(field, message);
            }
        }

        return Invalid(null, form, errors);
    }

    [HttpGet("umbraco/training/sessions/{key:guid}")]
    public async Task<IActionResult> Session(Guid key)
    {
        if (await coordinator.GetAsync(key, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        return View(new SessionDetailModel(found.Session, CourseTitle(found.Session.CourseKey), found.Bookings, TrainingCoordinator.Evaluations(found.Bookings), bookings.ClosesAt(found.Session)));
    }

    [HttpGet("umbraco/training/sessions/{key:guid}/edit")]
    public async Task<IActionResult> Edit(Guid key)
    {
        if (await coordinator.GetAsync(key, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        return View("Edit", new SessionFormModel(key, SessionForm.From(found.Session), Courses()));
    }

    [HttpPost("umbraco/training/sessions/{key:guid}/edit")]
    public async Task<IActionResult> Edit(Guid key, [FromForm] SessionForm form)
    {
        if (await coordinator.GetAsync(key, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        var errors = new FormErrors();
        var input = Parse(form, found.Session, errors);
        if (input is not null && errors.Count == 0)
        {
            var result = await coordinator.UpdateAsync(key, input, HttpContext.RequestAborted);
            switch (result.Status)
            {
                case SessionSaveStatus.NotFound:
                    return NotFound();
                case SessionSaveStatus.Cancelled:
                    TempData["Error"] = "A cancelled session cannot be changed.";
                    return Redirect($"/umbraco/training/sessions/{key}");
                case SessionSaveStatus.Saved:
                    await AuditAsync(AuditActions.TrainingSessionEdit, result.Result!, $"{result.Result!.Capacity} places");
                    TempData["Message"] = "The session has been saved.";
                    return Redirect($"/umbraco/training/sessions/{key}");
            }

            foreach (var (field, message) in result.ValidationErrors)
            {
                errors.Add(field, message);
            }
        }

        return Invalid(key, form, errors);
    }

    [HttpPost("umbraco/training/sessions/{key:guid}/cancel")]
    public async Task<IActionResult> CancelSession(Guid key, string? reason)
    {
        if ((reason?.Length ?? 0) > 1000)
        {
            return BadRequest();
        }

        var cancelled = await coordinator.CancelSessionAsync(key, reason, HttpContext.RequestAborted);
        var (outcome, told) = (cancelled.Status, cancelled.Result);
        if (outcome == BookingChangeStatus.NotFound)
        {
            return NotFound();
        }

        if (outcome == BookingChangeStatus.Done && await coordinator.GetAsync(key, HttpContext.RequestAborted) is { } found)
        {
            await AuditAsync(AuditActions.TrainingSessionCancel, found.Session, $"{told} booker(s) told. {reason}");
        }

        TempData["Message"] = outcome == BookingChangeStatus.Done ? $"The session has been cancelled and {told} people have been emailed." : "The session was already cancelled.";
        return Redirect($"/umbraco/training/sessions/{key}");
    }

    [HttpPost("umbraco/training/bookings/{id:long}/cancel")]
    public async Task<IActionResult> CancelBooking(long id, Guid session, string? reason)
    {
        if ((reason?.Length ?? 0) > 1000)
        {
            return BadRequest();
        }

        var outcome = await coordinator.CancelBookingAsync(id, reason, HttpContext.RequestAborted);
        if (outcome == BookingChangeStatus.NotFound)
        {
            return NotFound();
        }

        if (outcome == BookingChangeStatus.Done)
        {
            await RecordAsync(AuditActions.TrainingBookingCancel, "booking", id.ToString(CultureInfo.InvariantCulture), null, reason);
            TempData["Message"] = "The booking has been cancelled and the booker emailed.";
        }
        else
        {
            TempData["Error"] = outcome == BookingChangeStatus.NotAllowed ? "A booking cannot be cancelled once the session has started." : "The booking was already cancelled.";
        }

        return Redirect($"/umbraco/training/sessions/{session}");
    }

    [HttpPost("umbraco/training/bookings/{id:long}/new-link")]
    public async Task<IActionResult> NewLink(long id, Guid session)
    {
        if (await coordinator.ReissueLinkAsync(id, HttpContext.RequestAborted) == BookingChangeStatus.NotFound)
        {
            return NotFound();
        }

        await RecordAsync(AuditActions.TrainingBookingNewLink, "booking", id.ToString(CultureInfo.InvariantCulture), null, "old link revoked, new link emailed");
        TempData["Message"] = "The old link no longer works; a new one has been emailed to the booker.";
        return Redirect($"/umbraco/training/sessions/{session}");
    }

    [HttpPost("umbraco/training/sessions/{key:guid}/register")]
    public async Task<IActionResult> Register(Guid key, List<long> attended)
    {
        if (attended.Count > 10_000)
        {
            return BadRequest();
        }

        var count = await coordinator.MarkAttendanceAsync(key, attended, HttpContext.RequestAborted);
        if (count < 0)
        {
            return NotFound();
        }

        await RecordAsync(AuditActions.TrainingAttendance, "training-session", key.ToString(), null, $"{count} attended");
        TempData["Message"] = $"The register has been saved: {count} attended.";
        return Redirect($"/umbraco/training/sessions/{key}");
    }

    [HttpGet("umbraco/training/sessions/{key:guid}/export")]
    public async Task<IActionResult> Export(Guid key, string? list, string? format)
    {
        if (list is not ("bookings" or "register") || format is not ("csv" or "xlsx"))
        {
            return BadRequest();
        }

        if (await coordinator.GetAsync(key, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        var (session, all) = found;
        string[] header;
        List<IReadOnlyList<string?>> rows;
        var british = CultureInfo.GetCultureInfo("en-GB");
        string When(DateTime? utc) => utc is { } at ? UkTime.FromUtc(at).ToString("yyyy-MM-dd HH:mm", british) : "";
        if (list == "bookings")
        {
            header = ["Status", "Name", "Email", "Role", "Organisation", "Phone", "Access or dietary needs", "Booked (UK time)", "Waiting since", "Offer expires", "Cancelled"];
            rows = all.Select(b => (IReadOnlyList<string?>)[b.Status.ToString(), b.Name, b.Email, TrainingAudience.FromSlug(b.Role)?.Role ?? b.Role, b.Organisation, b.Phone, b.Needs, When(b.CreatedAt), When(b.WaitingSince), When(b.OfferExpiresAt), When(b.CancelledAt)]).ToList();
        }
        else
        {
            header = ["Name", "Email", "Organisation", "Attended"];
            rows = all.Where(b => b.Status == BookingStatus.Confirmed)
                .Select(b => (IReadOnlyList<string?>)[b.Name, b.Email, b.Organisation, b.Attended switch { true => "Yes", false => "No", null => "" }]).ToList();
        }

        await RecordAsync(AuditActions.TrainingExport, "training-session", key.ToString(), CourseTitle(session.CourseKey), $"{list} as {format}, {rows.Count} rows");
        var name = $"{list}-{UkTime.FromUtc(session.StartsAt):yyyy-MM-dd}-{session.Key.ToString("N")[..8]}";
        if (format == "csv")
        {
            var text = new StringBuilder(Csv.Line(header));
            foreach (var row in rows)
            {
                text.Append(Csv.Line(row));
            }

            return File(Csv.Encoding.GetPreamble().Concat(Csv.Encoding.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        return File(Xlsx.Write(list == "bookings" ? "Bookings" : "Register", header, rows), Xlsx.ContentType, name + ".xlsx");
    }

    private ViewResult Invalid(Guid? key, SessionForm form, FormErrors errors)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View("Edit", new SessionFormModel(key, form, Courses()));
    }

    /// <summary>The posted form as a session, or null with field errors; <paramref name="existing"/> when editing.</summary>
    private TrainingSession? Parse(SessionForm form, TrainingSession? existing, FormErrors errors) =>
        SessionFormReader.Read(form, Courses().Select(c => c.Key).ToList(), existing, DateOnly.FromDateTime(UkTime.FromUtc(clock.GetUtcNow().UtcDateTime)), errors);

    private List<(Guid Key, string Title)> Courses() =>
        cache.GetByRoute(Web.Training.TrainingController.ListingRoute) is { } listing
            ? cache.GetChildren(listing.Key)
                .Where(c => string.Equals(c.ContentTypeAlias, TrainingSeeder.CourseType, StringComparison.OrdinalIgnoreCase))
                .Select(c => (c.Key, c.Value("title") ?? c.Name)).ToList()
            : [];

    private string CourseTitle(Guid key) => cache.GetByKey(key) is { } c ? c.Value("title") ?? c.Name : "(course removed)";

    private Task AuditAsync(string action, TrainingSession session, string? detail) =>
        RecordAsync(action, "training-session", session.Key.ToString(), $"{CourseTitle(session.CourseKey)}, {UkDates.When(session.StartsAt, session.EndsAt)}", detail);

    private async Task RecordAsync(string action, string itemType, string itemKey, string? itemName, string? detail)
    {
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(action, me?.Id.ToString(), me?.Email, itemType, itemKey, itemName, detail, ClientAddress, HttpContext.RequestAborted);
    }
}
