using System.Globalization;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.BackOffice.Training;

/// <summary>
/// Turns the coordinator's session form into a session, with an error on the field for anything it cannot be:
/// a date that is not a date, a time the clocks skip in spring, a date before today or more than
/// <see cref="YearsAhead"/> years ahead. A date the session already had is kept as it is, so a session in the
/// past can still be corrected.
/// </summary>
public static class SessionFormReader
{
    public const int YearsAhead = 5;

    /// <summary>How far back booking may open or close: a session's booking window seldom starts a year early.</summary>
    public const int BookingYearsBack = 1;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static TrainingSession? Read(SessionForm form, IReadOnlyCollection<Guid> courses, TrainingSession? existing, DateOnly today, FormErrors errors)
    {
        if (!Guid.TryParse(form.Course, out var course) || !courses.Contains(course))
        {
            errors.Add("course", "Select the course");
        }

        var date = ParseDate(form.Date, "date", "Enter the date of the session", errors);
        var starts = ParseTime(form.Starts, "starts", "Enter the start time, like 09:30", errors);
        var ends = ParseTime(form.Ends, "ends", "Enter the end time, like 12:30", errors);
        var (latest, earliest) = (today.AddYears(YearsAhead), today.AddYears(-BookingYearsBack));
        var startsAt = Instant(date, starts, "starts", existing?.StartsAt, today, latest, "date", "The session", errors);
        var endsAt = Instant(date, ends, "ends", existing?.EndsAt, today, latest, "date", "The session", errors);
        var online = form.Format switch
        {
            "online" => true,
            "in-person" => false,
            _ => (bool?)null,
        };
        if (online is null)
        {
            errors.Add("format", "Select in person or online");
        }

        if (!int.TryParse(form.Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity))
        {
            errors.Add("capacity", "Enter the number of places as a whole number, like 20");
        }

        DateTime? opens = null, closes = null;
        if (!string.IsNullOrWhiteSpace(form.OpensDate))
        {
            var d = ParseDate(form.OpensDate, "opensDate", "Enter a real date for when booking opens", errors);
            var t = string.IsNullOrWhiteSpace(form.OpensTime) ? TimeOnly.MinValue : ParseTime(form.OpensTime, "opensTime", "Enter a time, like 09:00", errors);
            opens = Instant(d, t, "opensTime", existing?.BookingOpensAt, earliest, latest, "opensDate", "Booking", errors);
        }

        if (!string.IsNullOrWhiteSpace(form.ClosesDate))
        {
            var d = ParseDate(form.ClosesDate, "closesDate", "Enter a real date for when booking closes", errors);
            var t = string.IsNullOrWhiteSpace(form.ClosesTime) ? new TimeOnly(17, 0) : ParseTime(form.ClosesTime, "closesTime", "Enter a time, like 17:00", errors);
            closes = Instant(d, t, "closesTime", existing?.BookingClosesAt, earliest, latest, "closesDate", "Booking", errors);
        }

        if (errors.Count > 0 || startsAt is null || endsAt is null || online is null)
        {
            return null;
        }

        return new TrainingSession
        {
            CourseKey = course,
            StartsAt = startsAt.Value,
            EndsAt = endsAt.Value,
            Format = online.Value ? SessionFormat.Online : SessionFormat.InPerson,
            Venue = online.Value ? null : form.Venue,
            Address = online.Value ? null : form.Address,
            JoiningLink = online.Value ? form.JoiningLink : null,
            Capacity = capacity,
            BookingOpensAt = opens,
            BookingClosesAt = closes,
        };
    }

    /// <summary>
    /// The UTC instant of a UK date and time, or null with an error: on the time field for a time the clocks
    /// skip, on the date field for a date outside <paramref name="earliest"/> to <paramref name="latest"/>
    /// (unless it is the value already stored).
    /// </summary>
    private static DateTime? Instant(DateOnly? date, TimeOnly? time, string timeField, DateTime? stored, DateOnly earliest, DateOnly latest, string dateField, string what, FormErrors errors)
    {
        if (date is not { } day || time is not { } clock)
        {
            return null;
        }

        if (!UkTime.TryToUtc(day.ToDateTime(clock), out var utc))
        {
            errors.Add(timeField, $"{Clock(clock)} does not exist on {day.ToString("d MMMM yyyy", British)}: the clocks go forward from 1am to 2am. Enter a time before 1am or from 2am");
            return null;
        }

        if (utc == stored)
        {
            return utc;
        }

        if (day < earliest || day > latest)
        {
            // One message per field, even when the start and the end both fall outside.
            if (errors.For(dateField) is null)
            {
                errors.Add(dateField, $"{what} must be between {earliest.ToString("d MMMM yyyy", British)} and {latest.ToString("d MMMM yyyy", British)}");
            }

            return null;
        }

        return utc;
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? value, string field, string message, FormErrors errors)
    {
        if (DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, message);
        return null;
    }

    private static TimeOnly? ParseTime(string? value, string field, string message, FormErrors errors)
    {
        if (TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, message);
        return null;
    }
}
