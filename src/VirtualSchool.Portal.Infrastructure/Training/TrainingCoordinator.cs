using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>A session in the coordinator's list, with its counts.</summary>
public sealed record SessionSummary(TrainingSession Session, int Confirmed, int Waiting, int Offered, int Attended);

public sealed record SessionPage(IReadOnlyList<SessionSummary> Sessions, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A session's evaluation results.</summary>
public sealed record EvaluationSummary(int Responses, double? AverageRating, IReadOnlyList<int> RatingCounts, IReadOnlyList<string> Comments);

/// <summary>What happened when the coordinator saved a session (the status of an <see cref="Attempt{TResult, TStatus}"/>).</summary>
public enum SessionSaveStatus
{
    Saved,
    Invalid,
    NotFound,
    Cancelled,
}

/// <summary>What the training coordinator does in the back office: sessions, cancellations, the register, new links.</summary>
public sealed class TrainingCoordinator(
    IDbContextFactory<PortalDbContext> factory,
    BookingService bookings,
    TrainingEmails emails,
    TimeProvider clock)
{
    public const int PageSize = 25;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SessionPage> ListAsync(bool past, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = Now;
        var query = db.TrainingSessions.AsNoTracking().Where(s => past ? s.EndsAt <= now : s.EndsAt > now);
        var total = await query.CountAsync(cancellationToken);
        var ordered = past ? query.OrderByDescending(s => s.StartsAt).ThenBy(s => s.Id) : query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id);
        var sessions = await ordered.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.SessionId))
            .GroupBy(b => new { b.SessionId, b.Status })
            .Select(g => new { g.Key.SessionId, g.Key.Status, Count = g.Count(), Attended = g.Count(b => b.Attended == true) })
            .ToListAsync(cancellationToken);
        return new SessionPage(
            sessions.Select(s => new SessionSummary(
                s,
                counts.Where(c => c.SessionId == s.Id && c.Status == BookingStatus.Confirmed).Sum(c => c.Count),
                counts.Where(c => c.SessionId == s.Id && c.Status == BookingStatus.Waiting).Sum(c => c.Count),
                counts.Where(c => c.SessionId == s.Id && c.Status == BookingStatus.Offered).Sum(c => c.Count),
                counts.Where(c => c.SessionId == s.Id).Sum(c => c.Attended))).ToList(),
            total,
            page,
            PageSize);
    }

    public async Task<(TrainingSession Session, List<Booking> Bookings)?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var list = await db.Bookings.AsNoTracking().Where(b => b.SessionId == session.Id)
            .OrderBy(b => b.Status).ThenBy(b => b.WaitingSince).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        return (session, list);
    }

    public async Task<Attempt<TrainingSession, SessionSaveStatus>> CreateAsync(TrainingSession input, CancellationToken cancellationToken = default)
    {
        var errors = BookingRules.ValidateSession(input, 0);
        if (errors.Count > 0)
        {
            return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.Invalid, Errors: errors);
        }

        var now = Now;
        input.Key = Guid.NewGuid();
        input.Status = SessionStatus.Scheduled;
        input.PlacesTaken = 0;
        input.CreatedAt = now;
        input.UpdatedAt = now;
        Tidy(input);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.TrainingSessions.Add(input);
        await db.SaveChangesAsync(cancellationToken);
        return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.Saved, input);
    }

    /// <summary>Saves changes to a session; more places are offered to the waiting list straight away.</summary>
    public async Task<Attempt<TrainingSession, SessionSaveStatus>> UpdateAsync(Guid key, TrainingSession input, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await db.TrainingSessions.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (session is null)
        {
            return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.NotFound);
        }

        if (session.Status == SessionStatus.Cancelled)
        {
            return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.Cancelled, session);
        }

        var errors = BookingRules.ValidateSession(input, session.PlacesTaken);
        if (errors.Count > 0)
        {
            return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.Invalid, session, errors);
        }

        // The new capacity is a conditional update, like a booking's increment: on PostgreSQL a booking can
        // commit between the read above and this write, and places already taken must never exceed capacity.
        // The update takes the row lock, so no booking slips in between it and the save below.
        if (input.Capacity != session.Capacity
            && await db.TrainingSessions.Where(s => s.Id == session.Id && s.PlacesTaken <= input.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, input.Capacity), cancellationToken) == 0)
        {
            return await CapacityRefusedAsync(db, session, input, cancellationToken);
        }

        Tidy(input);
        var rescheduled = session.StartsAt != input.StartsAt;
        var moved = session.StartsAt != input.StartsAt || session.EndsAt != input.EndsAt || session.Format != input.Format
            || session.Venue != input.Venue || session.Address != input.Address || session.JoiningLink != input.JoiningLink;
        session.CourseKey = input.CourseKey;
        session.StartsAt = input.StartsAt;
        session.EndsAt = input.EndsAt;
        session.Format = input.Format;
        session.Venue = input.Venue;
        session.Address = input.Address;
        session.JoiningLink = input.JoiningLink;
        session.Capacity = input.Capacity;
        // Already written by the conditional update above; the save must not write it again unconditionally.
        db.Entry(session).Property(x => x.Capacity).OriginalValue = input.Capacity;
        session.BookingOpensAt = input.BookingOpensAt;
        session.BookingClosesAt = input.BookingClosesAt;
        session.UpdatedAt = Now;
        if (rescheduled)
        {
            // A reminder sent before the old date says nothing of the new one: it goes again before the new date.
            session.RemindedAt = null;
            await db.Bookings.Where(b => b.SessionId == session.Id && b.RemindedAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.RemindedAt, (DateTime?)null), cancellationToken);
        }

        if (moved)
        {
            await TellOfChangeAsync(db, session, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await OfferNewPlacesAsync(db, session, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.Saved, session);
    }

    /// <summary>
    /// The answer when a smaller capacity's conditional update found more places taken than the form was checked
    /// against: bookings came in since, so the refusal gives today's count (inside the same transaction).
    /// </summary>
    private static async Task<Attempt<TrainingSession, SessionSaveStatus>> CapacityRefusedAsync(PortalDbContext db, TrainingSession session, TrainingSession input, CancellationToken cancellationToken)
    {
        session.PlacesTaken = await db.TrainingSessions.AsNoTracking().Where(s => s.Id == session.Id).Select(s => s.PlacesTaken).FirstAsync(cancellationToken);
        var refused = BookingRules.ValidateSession(input, session.PlacesTaken);
        if (refused.Count == 0)
        {
            refused.Add(new("capacity", $"The number of places cannot be fewer than the {session.PlacesTaken} already booked or offered"));
        }

        return new Attempt<TrainingSession, SessionSaveStatus>(SessionSaveStatus.Invalid, session, refused);
    }

    /// <summary>
    /// Queues the email telling everyone with a place (or holding an offer) that the session moved, with a calendar
    /// file whose higher sequence replaces the old event. Saved with the session by the caller.
    /// </summary>
    private async Task TellOfChangeAsync(PortalDbContext db, TrainingSession session, CancellationToken cancellationToken)
    {
        session.Sequence++;
        var told = await db.Bookings.AsNoTracking()
            .Where(b => b.SessionId == session.Id && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Offered) && b.AnonymisedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var booking in told)
        {
            emails.Queue(db, TrainingTemplates.SessionChanged, session, booking, calendar: booking.Status == BookingStatus.Confirmed);
        }
    }

    /// <summary>
    /// New places go to the waiting list first, one offer per place: each place is taken by the same conditional
    /// update a booking uses, so a booking arriving meanwhile cannot take it twice. Runs in the caller's transaction.
    /// </summary>
    private async Task OfferNewPlacesAsync(PortalDbContext db, TrainingSession session, CancellationToken cancellationToken)
    {
        while (true)
        {
            var waiting = await db.Bookings.AnyAsync(b => b.SessionId == session.Id && b.Status == BookingStatus.Waiting, cancellationToken);
            if (!waiting || await db.TrainingSessions.Where(s => s.Id == session.Id && s.PlacesTaken < s.Capacity)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken + 1), cancellationToken) == 0)
            {
                break;
            }

            await bookings.ReleasePlaceAsync(db, session, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Cancels a whole session: everyone booked, offered a place or waiting is told by email (the result is how many).</summary>
    public async Task<Attempt<int, BookingChangeStatus>> CancelSessionAsync(Guid key, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (session is null)
        {
            return new(BookingChangeStatus.NotFound, 0);
        }

        var now = Now;
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (await db.TrainingSessions.Where(s => s.Id == session.Id && s.Status == SessionStatus.Scheduled)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, SessionStatus.Cancelled)
                    .SetProperty(x => x.CancelledAt, now)
                    .SetProperty(x => x.CancellationReason, text)
                    .SetProperty(x => x.PlacesTaken, 0)
                    .SetProperty(x => x.UpdatedAt, now), cancellationToken) == 0)
        {
            return new(BookingChangeStatus.AlreadyDone, 0);
        }

        session.Status = SessionStatus.Cancelled;
        var affected = await db.Bookings.Where(b => b.SessionId == session.Id && b.Status != BookingStatus.Cancelled && b.AnonymisedAt == null).ToListAsync(cancellationToken);
        foreach (var booking in affected)
        {
            var wasConfirmed = booking.Status == BookingStatus.Confirmed;
            booking.Status = BookingStatus.Cancelled;
            booking.CancelledBy = CancelledBy.SessionCancelled;
            booking.CancelledAt = now;
            booking.OfferExpiresAt = null;
            emails.Queue(db, TrainingTemplates.SessionCancelled, session, booking, reason: text, cancelledCalendar: wasConfirmed);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(BookingChangeStatus.Done, affected.Count);
    }

    /// <summary>Marks the register: the given bookings attended, the session's other confirmed bookings did not.</summary>
    public async Task<int> MarkAttendanceAsync(Guid key, IReadOnlyCollection<long> attended, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (session is null)
        {
            return -1;
        }

        var confirmed = await db.Bookings.Where(b => b.SessionId == session.Id && b.Status == BookingStatus.Confirmed && b.AnonymisedAt == null).ToListAsync(cancellationToken);
        foreach (var booking in confirmed)
        {
            booking.Attended = attended.Contains(booking.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return confirmed.Count(b => b.Attended == true);
    }

    /// <summary>Revokes a booking's link and emails a new one (for a link sent to the wrong person, or leaked).</summary>
    public async Task<BookingChangeStatus> ReissueLinkAsync(long bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == bookingId && b.AnonymisedAt == null, cancellationToken);
        if (booking is null)
        {
            return BookingChangeStatus.NotFound;
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
        var (token, hash) = ManageTokens.Create();
        booking.TokenHash = hash;
        // A new link replaces every earlier one (it is issued when a link may have got into the wrong hands).
        booking.PreviousTokenHash = null;
        emails.Queue(db, TrainingTemplates.NewLink, session, booking, token);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BookingChangeStatus.Done;
    }

    /// <summary>The coordinator cancels one booking; the booker is told by email.</summary>
    public Task<BookingChangeStatus> CancelBookingAsync(long bookingId, string? reason, CancellationToken cancellationToken = default) =>
        bookings.CancelByCoordinatorAsync(bookingId, reason, cancellationToken);

    public static EvaluationSummary Evaluations(IEnumerable<Booking> list)
    {
        var rated = list.Where(b => b.EvaluatedAt is not null && b.Rating is not null).ToList();
        return new EvaluationSummary(
            rated.Count,
            rated.Count == 0 ? null : rated.Average(b => b.Rating!.Value),
            Enumerable.Range(1, 5).Select(r => rated.Count(b => b.Rating == r)).ToList(),
            rated.Where(b => !string.IsNullOrWhiteSpace(b.EvaluationComments)).Select(b => b.EvaluationComments!).ToList());
    }

    /// <summary>Sessions grouped by course with the evaluation results of each course.</summary>
    public async Task<List<(Guid CourseKey, EvaluationSummary Summary)>> EvaluationsByCourseAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await (from b in db.Bookings.AsNoTracking()
                          join s in db.TrainingSessions.AsNoTracking() on b.SessionId equals s.Id
                          where b.EvaluatedAt != null
                          select new { s.CourseKey, Booking = b }).Take(10_000).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CourseKey).Select(g => (g.Key, Evaluations(g.Select(r => r.Booking)))).ToList();
    }

    private static void Tidy(TrainingSession session)
    {
        session.Venue = string.IsNullOrWhiteSpace(session.Venue) ? null : session.Venue.Trim();
        session.Address = string.IsNullOrWhiteSpace(session.Address) ? null : session.Address.Trim();
        session.JoiningLink = string.IsNullOrWhiteSpace(session.JoiningLink) ? null : session.JoiningLink.Trim();
    }
}
