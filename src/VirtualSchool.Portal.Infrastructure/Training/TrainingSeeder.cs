using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>
/// Gives the seeded courses a programme of upcoming dates at first boot (when there are no sessions at all),
/// placed relative to today so that a fresh site always has sessions to book. Sessions are never deleted,
/// only cancelled, so this runs once in a site's life.
/// </summary>
public sealed class TrainingSeeder(IDbContextFactory<PortalDbContext> factory, IPublishedContentCache content, IOptions<PortalOptions> options, TimeProvider clock)
{
    public const string CourseType = "trainingCourse";

    /// <summary>The seeded venue: a placeholder, marked as an example in the back office until it is replaced.</summary>
    public const string ExampleVenue = "County Hall, Training Suite 2";

    public const string ExampleAddress = "County Hall, Market Street, Anytown AN1 2CD";

    /// <summary>The seeded joining link, on a domain reserved for examples (RFC 2606), so it can never be a real meeting.</summary>
    public const string ExampleJoiningLink = "https://meet.example.org/virtual-school-training";

    /// <summary>
    /// Whether a session still has placeholder details: the seeded venue, or a joining link on a domain reserved
    /// for examples (example.com/.org/.net, .example, .test, .invalid), which cannot be a real meeting.
    /// </summary>
    public static bool HasExampleDetails(TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Format == SessionFormat.InPerson)
        {
            return session.Venue == ExampleVenue || session.Address == ExampleAddress;
        }

        if (!Uri.TryCreate(session.JoiningLink, UriKind.Absolute, out var link))
        {
            return false;
        }

        var host = link.Host.TrimEnd('.').ToLowerInvariant();
        return host is "example.com" or "example.org" or "example.net"
            || host.EndsWith(".example.com", StringComparison.Ordinal) || host.EndsWith(".example.org", StringComparison.Ordinal) || host.EndsWith(".example.net", StringComparison.Ordinal)
            || host.EndsWith(".example", StringComparison.Ordinal) || host.EndsWith(".test", StringComparison.Ordinal) || host.EndsWith(".invalid", StringComparison.Ordinal);
    }

    // (days from today, start hour, start minute, hours long, online?, capacity) for each course in turn.
    private static readonly (int Days, int Hour, int Minute, double Hours, bool Online, int Capacity)[][] Pattern =
    [
        [(16, 9, 30, 3, false, 24), (58, 13, 0, 3, true, 40)],
        [(23, 9, 30, 2.5, true, 30), (72, 9, 30, 2.5, false, 20)],
        [(30, 9, 0, 6, false, 30), (93, 9, 0, 6, false, 30)],
        [(37, 18, 30, 2, true, 50)],
        [(44, 10, 0, 2.5, false, 16), (100, 18, 30, 2, true, 25)],
    ];

    /// <summary>The first day from <paramref name="day"/> on that is not a weekend or an England and Wales bank holiday.</summary>
    internal static DateTime WorkingDayFrom(DateTime day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || BankHolidays.IsBankHoliday(DateOnly.FromDateTime(day)))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Training.SeedSessions)
        {
            return 0;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.TrainingSessions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var courses = content.GetByRoute("/training") is { } listing
            ? content.GetChildren(listing.Key).Where(c => string.Equals(c.ContentTypeAlias, CourseType, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkTime.FromUtc(now).Date;
        for (var i = 0; i < courses.Count; i++)
        {
            foreach (var (days, hour, minute, hours, online, capacity) in Pattern[i % Pattern.Length])
            {
                var day = WorkingDayFrom(today.AddDays(days + i));

                var starts = UkTime.ToUtc(day.AddHours(hour).AddMinutes(minute));
                db.TrainingSessions.Add(new TrainingSession
                {
                    Key = Guid.NewGuid(),
                    CourseKey = courses[i].Key,
                    StartsAt = starts,
                    EndsAt = starts.AddHours(hours),
                    Format = online ? SessionFormat.Online : SessionFormat.InPerson,
                    Venue = online ? null : ExampleVenue,
                    Address = online ? null : ExampleAddress,
                    JoiningLink = online ? ExampleJoiningLink : null,
                    Capacity = capacity,
                    Status = SessionStatus.Scheduled,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
        }

        return await db.SaveChangesAsync(cancellationToken);
    }
}
