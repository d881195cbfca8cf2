namespace VirtualSchool.Portal.Core.Training;

/// <summary>
/// One date of a course (the course itself is content: a <c>trainingCourse</c> node). Times are stored in UTC
/// and shown in UK time. <see cref="PlacesTaken"/> counts confirmed places and places held for a waiting-list
/// offer; it only ever changes through one conditional update, so it can never pass <see cref="Capacity"/>.
/// </summary>
public sealed class TrainingSession
{
    public int Id { get; set; }

    /// <summary>The public identifier used in addresses; never the database id.</summary>
    public Guid Key { get; set; }

    /// <summary>The <c>trainingCourse</c> node this session is a date of.</summary>
    public Guid CourseKey { get; set; }

    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public SessionFormat Format { get; set; }
    public string? Venue { get; set; }
    public string? Address { get; set; }

    /// <summary>Shown only to people with a confirmed place (manage page, confirmation and reminder emails).</summary>
    public string? JoiningLink { get; set; }

    public int Capacity { get; set; }

    /// <summary>Confirmed places plus places held for an open waiting-list offer.</summary>
    public int PlacesTaken { get; set; }

    /// <summary>When booking opens (UTC); null means it is open as soon as the session is published.</summary>
    public DateTime? BookingOpensAt { get; set; }

    /// <summary>When booking closes (UTC); null means the configured number of hours before the start.</summary>
    public DateTime? BookingClosesAt { get; set; }

    public SessionStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    public DateTime? CancelledAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Goes up each time the time or place changes, so calendars replace the event (iCalendar SEQUENCE).</summary>
    public int Sequence { get; set; }

    /// <summary>Set when the reminder emails have been queued.</summary>
    public DateTime? RemindedAt { get; set; }

    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);
}
