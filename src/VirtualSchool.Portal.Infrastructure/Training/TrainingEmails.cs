using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>Queues the training emails in the caller's unit of work, with the session's details and, where useful, a calendar file.</summary>
public sealed class TrainingEmails(PortalMail mail, IPublishedContentCache content, TrainingLinks links, TimeProvider clock)
{
    /// <summary>The course's title, from the published <c>trainingCourse</c> node.</summary>
    public string CourseTitle(Guid courseKey) =>
        content.GetByKey(courseKey) is { } course ? course.Value("title") ?? course.Name : "Virtual School training";

    public string? CourseRoute(Guid courseKey) => content.GetByKey(courseKey)?.Route;

    public void Queue(PortalDbContext db, string template, TrainingSession session, Booking booking, string? token = null, string? reason = null, bool calendar = false, bool cancelledCalendar = false)
    {
        var confirmed = booking.Status == BookingStatus.Confirmed;
        var values = new Dictionary<string, string?>
        {
            ["name"] = booking.Name,
            ["course"] = CourseTitle(session.CourseKey),
            ["when"] = UkDates.When(session.StartsAt, session.EndsAt),
            ["where"] = session.Format == SessionFormat.Online
                ? "Online"
                : string.Join(", ", new[] { session.Venue, session.Address }.Where(s => !string.IsNullOrWhiteSpace(s))),
            // Joining details go only to people with a confirmed place.
            ["joiningLink"] = confirmed && session.Format == SessionFormat.Online ? session.JoiningLink : null,
            ["needs"] = booking.Needs,
            ["manageLink"] = token is null ? null : links.Manage(booking, token),
            ["evaluationLink"] = token is null ? null : links.Evaluation(booking, token),
            ["certificateLink"] = token is null ? null : links.Certificate(booking, token),
            ["offerExpires"] = booking.OfferExpiresAt is { } expires ? UkDates.DateTimeText(expires) : null,
            ["reason"] = reason,
        };
        IReadOnlyList<EmailAttachment>? attachments = null;
        if (calendar || cancelledCalendar)
        {
            attachments = [new EmailAttachment("training-session.ics", ICalendar.ContentType, Calendar(session, booking, token, cancelledCalendar))];
        }

        mail.Queue(db, template, booking.Email, values, attachments);
    }

    public byte[] Calendar(TrainingSession session, Booking booking, string? token, bool cancelled)
    {
        var title = CourseTitle(session.CourseKey);
        var description = session.Format == SessionFormat.Online
            ? $"Online session. Join at: {session.JoiningLink}"
            : $"In person at {session.Venue}{(string.IsNullOrWhiteSpace(session.Address) ? "" : ", " + session.Address)}.";
        if (token is not null)
        {
            description += $"\nManage your booking: {links.Manage(booking, token)}";
        }

        return ICalendar.Write(new CalendarEvent(
            Uid: $"training-{session.Key:N}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(booking.NormalisedEmail)))[..16]}@virtual-school.portal",
            StartsAtUtc: session.StartsAt,
            EndsAtUtc: session.EndsAt,
            Summary: title,
            Description: description,
            Location: session.Format == SessionFormat.Online ? "Online" : string.Join(", ", new[] { session.Venue, session.Address }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Url: session.Format == SessionFormat.Online ? session.JoiningLink : null,
            StampUtc: clock.GetUtcNow().UtcDateTime,
            Cancelled: cancelled,
            Sequence: session.Sequence + (cancelled ? 1 : 0)));
    }
}
