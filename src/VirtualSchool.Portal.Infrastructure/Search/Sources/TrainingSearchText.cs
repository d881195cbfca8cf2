using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// The words a course page gains from its upcoming sessions (dates, times, online or in person, venues and places),
/// so "PEP training March" or "training in Huntingdon" finds the course. Cancelled and past sessions say nothing.
/// </summary>
public sealed class TrainingSearchText(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>The upcoming sessions' text of one course ("" when it has none).</summary>
    public async Task<string> OfCourseAsync(Guid courseKey, CancellationToken cancellationToken) =>
        (await OfCoursesAsync([courseKey], cancellationToken)).GetValueOrDefault(courseKey, "");

    /// <summary>The upcoming sessions' text of these courses (every course with one when <paramref name="courseKeys"/> is null).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OfCoursesAsync(IReadOnlyCollection<Guid>? courseKeys, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.TrainingSessions.AsNoTracking().Where(s => s.StartsAt > now && s.Status == SessionStatus.Scheduled);
        if (courseKeys is not null)
        {
            query = query.Where(s => courseKeys.Contains(s.CourseKey));
        }

        var sessions = await query.OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        return sessions.GroupBy(s => s.CourseKey).ToDictionary(g => g.Key, g => string.Join('\n', g.Select(Describe)));
    }

    /// <summary>One session in words: "Tuesday 8 December 2026, 9:30am to 12:30pm, in person, Venue, Address".</summary>
    public static string Describe(TrainingSession session) =>
        string.Join(", ", new[]
        {
            UkDates.When(session.StartsAt, session.EndsAt),
            session.Format == SessionFormat.Online ? "online" : "in person",
            session.Venue,
            session.Address,
        }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
