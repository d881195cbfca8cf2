using System.Globalization;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.BackOffice.Training;

/// <summary>The session form as posted: dates and times typed in UK time.</summary>
public sealed class SessionForm
{
    public string? Course { get; set; }
    public string? Date { get; set; }
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public string? Format { get; set; }
    public string? Venue { get; set; }
    public string? Address { get; set; }
    public string? JoiningLink { get; set; }
    public string? Capacity { get; set; }
    public string? OpensDate { get; set; }
    public string? OpensTime { get; set; }
    public string? ClosesDate { get; set; }
    public string? ClosesTime { get; set; }

    public static SessionForm From(TrainingSession s) => new()
    {
        Course = s.CourseKey.ToString(),
        Date = UkTime.FromUtc(s.StartsAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Starts = UkTime.FromUtc(s.StartsAt).ToString("HH:mm", CultureInfo.InvariantCulture),
        Ends = UkTime.FromUtc(s.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture),
        Format = s.Format == SessionFormat.Online ? "online" : "in-person",
        Venue = s.Venue,
        Address = s.Address,
        JoiningLink = s.JoiningLink,
        Capacity = s.Capacity.ToString(CultureInfo.InvariantCulture),
        OpensDate = s.BookingOpensAt is { } o ? UkTime.FromUtc(o).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        OpensTime = s.BookingOpensAt is { } o2 ? UkTime.FromUtc(o2).ToString("HH:mm", CultureInfo.InvariantCulture) : null,
        ClosesDate = s.BookingClosesAt is { } c ? UkTime.FromUtc(c).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ClosesTime = s.BookingClosesAt is { } c2 ? UkTime.FromUtc(c2).ToString("HH:mm", CultureInfo.InvariantCulture) : null,
    };
}
