using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>The <c>Portal:Training</c> section: booking, waiting list, reminders and retention.</summary>
public sealed class TrainingOptions
{
    /// <summary>Booking closes this many hours before a session starts, unless the session sets its own closing time.</summary>
    [Range(0, 24 * 60)]
    public double CloseHoursBefore { get; set; } = 24;

    /// <summary>How long a person offered a place from the waiting list has to accept it.</summary>
    [Range(0.001, 24 * 30)]
    public double OfferHours { get; set; } = 48;

    /// <summary>The reminder is sent this many days before the start.</summary>
    [Range(0, 60)]
    public double ReminderDaysBefore { get; set; } = 2;

    /// <summary>The evaluation email goes to attendees this many hours after the session ends (once the register is marked).</summary>
    [Range(0, 24 * 30)]
    public double EvaluationHoursAfter { get; set; } = 1;

    /// <summary>Bookers' personal data is erased this many months after their session; the counts stay.</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 12;

    /// <summary>
    /// Access and dietary needs are health data, kept only to run the session: they are erased this many days
    /// after it ends, long before the rest of the booking. The privacy notice quotes this setting.
    /// </summary>
    [Range(0, 365)]
    public int NeedsRetentionDays { get; set; } = 30;

    /// <summary>
    /// The site's public address for the links in training emails, such as <c>https://virtualschool.example.gov.uk</c>.
    /// When empty, each booking's links use the address that booking was made through.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Booking, cancelling and evaluation posts allowed from one address per minute (places are scarce: bots must not take them).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 20;

    /// <summary>Seeds upcoming sessions for the seeded courses at first boot, when there are no sessions yet.</summary>
    public bool SeedSessions { get; set; } = true;
}
