using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>A booking with its session, as the manage page, certificate and evaluation show it.</summary>
public sealed record BookingView(Booking Booking, TrainingSession Session);

/// <summary>
/// The booking rules that need storage. Every change and the emails it causes are saved in one transaction
/// (the outbox joins it). Capacity is guarded by one conditional update of the session's places-taken count
/// inside the booking's transaction, and duplicates by the unique index on (session, normalised email), so
/// the rules hold on SQLite and PostgreSQL under any number of simultaneous requests.
/// </summary>
public sealed class BookingService(
    IDbContextFactory<PortalDbContext> factory,
    TrainingEmails emails,
    IOptions<PortalOptions> options,
    TimeProvider clock) : IDisposable
{
    // SQLite has one writer at a time; bookings on this node queue here rather than polling the database's
    // lock (which backs off in steps of up to 150 ms). The database guards still decide; this only orders.
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    private TrainingOptions Settings => options.Value.Training;

    public void Dispose() => _sqliteWriter.Dispose();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<TrainingSession?> FindSessionAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
    }

    /// <summary>Why this session does not take bookings now, or null when it does.</summary>
    public BookingOutcome? WhyClosed(TrainingSession session) => BookingRules.WhyClosed(session, Now, Settings.CloseHoursBefore);

    public DateTime ClosesAt(TrainingSession session) => BookingRules.ClosesAt(session, Settings.CloseHoursBefore);

    /// <summary>Scheduled sessions that have not started, soonest first.</summary>
    public async Task<List<TrainingSession>> UpcomingAsync(Guid? courseKey = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = Now;
        var sessions = db.TrainingSessions.AsNoTracking().Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now);
        if (courseKey is { } course)
        {
            sessions = sessions.Where(s => s.CourseKey == course);
        }

        return await sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Take(1000).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Books a place, or a place on the waiting list when the session is full. <paramref name="siteUrl"/> is the
    /// address the booker used (scheme and host), kept for the links in later emails.
    /// </summary>
    public async Task<BookingResult> BookAsync(Guid sessionKey, BookingRequest request, string? siteUrl = null, CancellationToken cancellationToken = default)
    {
        var session = await FindSessionAsync(sessionKey, cancellationToken);
        return session is null
            ? new BookingResult(BookingOutcome.NotFound)
            : await BookAsync(session, request, siteUrl, cancellationToken);
    }

    /// <summary>
    /// Books a place at a session as it was read a moment ago. The read may be stale by the time the booking's
    /// transaction starts (the coordinator may have cancelled the session in between), so the transaction
    /// checks the session again and never stores a booking, or sends an email, for a cancelled session.
    /// </summary>
    internal async Task<BookingResult> BookAsync(TrainingSession session, BookingRequest request, string? siteUrl, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (WhyClosed(session) is { } closed)
        {
            return new BookingResult(closed);
        }

        var errors = BookingRules.Validate(request);
        if (errors.Count > 0)
        {
            return new BookingResult(BookingOutcome.Invalid, Errors: errors);
        }

        var email = request.Email!.Trim();
        var normalised = BookingRules.NormaliseEmail(email);
        var previous = await db.Bookings.AsNoTracking()
            .Where(b => b.SessionId == session.Id && b.NormalisedEmail == normalised)
            .Select(b => new { b.Id, b.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is not null && previous.Status != BookingStatus.Cancelled)
        {
            // The answer must not tell whoever asked that this address has a place (it could be a foster carer's):
            // the page reads as for a new booking, and the address's owner is emailed their link instead.
            await SendLinkAgainAsync(db, session, previous.Id, cancellationToken);
            return new BookingResult(BookingOutcome.Duplicate);
        }

        var now = Now;
        var (token, hash) = ManageTokens.Create();
        var gate = db.Database.IsSqlite() ? _sqliteWriter : null;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The capacity guard: one conditional update; only as many succeed as there are places.
            var won = await db.TrainingSessions
                .Where(s => s.Id == session.Id && s.Status == SessionStatus.Scheduled && s.PlacesTaken < s.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken + 1), cancellationToken);
            if (won == 0
                && await db.TrainingSessions.Where(s => s.Id == session.Id).Select(s => s.Status).FirstOrDefaultAsync(cancellationToken) != SessionStatus.Scheduled)
            {
                // Cancelled since it was read: the update failed on the status, not on the places. Read after
                // the update, so on PostgreSQL it sees the cancellation the update waited for. Nothing is kept.
                return new BookingResult(BookingOutcome.Cancelled);
            }

            Booking booking;
            if (previous is not null)
            {
                // Booking again after cancelling: the same row (the unique index), made new.
                booking = await db.Bookings.FirstAsync(b => b.Id == previous.Id && b.Status == BookingStatus.Cancelled, cancellationToken);
            }
            else
            {
                booking = new Booking { SessionId = session.Id };
                db.Bookings.Add(booking);
            }

            booking.Name = request.Name!.Trim();
            booking.Email = email;
            booking.NormalisedEmail = normalised;
            booking.Role = TrainingAudience.FromSlug(request.Role)!.Slug;
            booking.Organisation = Blank(request.Organisation);
            booking.Phone = Blank(request.Phone);
            booking.Needs = Blank(request.Needs);
            booking.ConsentedAt = now;
            booking.CreatedAt = now;
            booking.Status = won == 1 ? BookingStatus.Confirmed : BookingStatus.Waiting;
            booking.ConfirmedAt = won == 1 ? now : null;
            booking.WaitingSince = won == 1 ? null : now;
            booking.CancelledAt = null;
            booking.CancelledBy = CancelledBy.None;
            booking.OfferExpiresAt = null;
            booking.TokenHash = hash;
            booking.SiteUrl = siteUrl is { Length: <= 300 } ? siteUrl : null;
            booking.Attended = null;
            booking.RemindedAt = null;
            emails.Queue(db, won == 1 ? TrainingTemplates.Confirmed : TrainingTemplates.Waiting, session, booking, token, calendar: won == 1);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new BookingResult(won == 1 ? BookingOutcome.Confirmed : BookingOutcome.Waiting, booking, token);
        }
        catch (DbUpdateException)
        {
            // Another request with the same email won the unique index: nothing of this one is kept.
            return new BookingResult(BookingOutcome.Duplicate);
        }
        catch (InvalidOperationException) when (previous is not null)
        {
            // The cancelled row was booked again by a simultaneous request.
            return new BookingResult(BookingOutcome.Duplicate);
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>
    /// Emails a booking's manage link to its address again. Only the hash of the link is stored, so a new link is
    /// made; the one sent before keeps working as the previous link.
    /// </summary>
    private async Task SendLinkAgainAsync(PortalDbContext db, TrainingSession session, long bookingId, CancellationToken cancellationToken)
    {
        var (token, hash) = ManageTokens.Create();
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == bookingId && b.AnonymisedAt == null && b.Status != BookingStatus.Cancelled, cancellationToken);
        if (booking is null)
        {
            return;
        }

        booking.PreviousTokenHash = booking.TokenHash;
        booking.TokenHash = hash;
        emails.Queue(db, TrainingTemplates.AlreadyBooked, session, booking, token);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<BookingView?> FindByTokenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!ManageTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = ManageTokens.Hash(token!);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => (b.TokenHash == hash || b.PreviousTokenHash == hash) && b.AnonymisedAt == null, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
        return new BookingView(booking, session);
    }

    /// <summary>Where this booking is on its session's waiting list (1 is next).</summary>
    public async Task<int> WaitingPositionAsync(Booking booking, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return 1 + await db.Bookings.CountAsync(
            b => b.SessionId == booking.SessionId && b.Status == BookingStatus.Waiting
                 && (b.WaitingSince < booking.WaitingSince || (b.WaitingSince == booking.WaitingSince && b.Id < booking.Id)),
            cancellationToken);
    }

    /// <summary>The booker cancels their place (or leaves the waiting list, or declines an offer) through their link.</summary>
    public Task<ChangeOutcome> CancelByBookerAsync(string token, CancellationToken cancellationToken = default) =>
        WithTokenAsync(token, (db, booking, session) => CancelAsync(db, booking, session, CancelledBy.Booker, TrainingTemplates.Cancelled, null, cancellationToken), cancellationToken);

    /// <summary>The coordinator cancels one booking; the booker is told.</summary>
    public async Task<ChangeOutcome> CancelByCoordinatorAsync(long bookingId, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null || booking.AnonymisedAt is not null)
        {
            return ChangeOutcome.NotFound;
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
        var outcome = await CancelAsync(db, booking, session, CancelledBy.Coordinator, TrainingTemplates.CancelledByCoordinator, Blank(reason), cancellationToken);
        if (outcome == ChangeOutcome.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    private async Task<ChangeOutcome> CancelAsync(PortalDbContext db, Booking booking, TrainingSession session, CancelledBy by, string template, string? reason, CancellationToken cancellationToken)
    {
        if (booking.Status == BookingStatus.Cancelled)
        {
            return ChangeOutcome.AlreadyDone;
        }

        if (session.StartsAt <= Now)
        {
            return ChangeOutcome.NotAllowed;
        }

        var now = Now;
        // The status can change under the cancel (a waiting person is offered a place at that moment): the cancel
        // is tried again on what the booking has become, so it wins and an offered place goes to the next person.
        var changed = 0;
        for (var attempt = 0; changed == 0 && attempt < 3; attempt++)
        {
            if (attempt > 0)
            {
                var status = await db.Bookings.AsNoTracking().Where(b => b.Id == booking.Id).Select(b => b.Status).FirstAsync(cancellationToken);
                if (status == BookingStatus.Cancelled)
                {
                    return ChangeOutcome.AlreadyDone;
                }

                booking.Status = status;
            }

            var before = booking.Status;
            changed = await db.Bookings
                .Where(b => b.Id == booking.Id && b.Status == before)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BookingStatus.Cancelled)
                    .SetProperty(b => b.CancelledBy, by)
                    .SetProperty(b => b.CancelledAt, now)
                    .SetProperty(b => b.OfferExpiresAt, (DateTime?)null), cancellationToken);
        }

        if (changed == 0)
        {
            return ChangeOutcome.AlreadyDone;
        }

        var held = booking.Status is BookingStatus.Confirmed or BookingStatus.Offered;

        var wasConfirmed = booking.Status == BookingStatus.Confirmed;
        booking.Status = BookingStatus.Cancelled;
        db.Entry(booking).State = EntityState.Detached;
        emails.Queue(db, template, session, booking, reason: reason, cancelledCalendar: wasConfirmed);
        if (held)
        {
            await ReleasePlaceAsync(db, session, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeOutcome.Done;
    }

    /// <summary>
    /// A held place has become free: offer it to the first person waiting (the place stays held for them), or,
    /// with nobody waiting or booking already closed, give it back.
    /// </summary>
    internal async Task ReleasePlaceAsync(PortalDbContext db, TrainingSession session, CancellationToken cancellationToken)
    {
        var now = Now;
        var closes = ClosesAt(session);
        if (session.Status == SessionStatus.Scheduled && now < closes)
        {
            var expires = now.AddHours(Settings.OfferHours);
            if (expires > closes)
            {
                expires = closes;
            }

            while (true)
            {
                var next = await db.Bookings.AsNoTracking()
                    .Where(b => b.SessionId == session.Id && b.Status == BookingStatus.Waiting)
                    .OrderBy(b => b.WaitingSince).ThenBy(b => b.Id)
                    .FirstOrDefaultAsync(cancellationToken);
                if (next is null)
                {
                    break;
                }

                var (token, hash) = ManageTokens.Create();
                // Conditional, so two releases at once never offer one person two places.
                var offered = await db.Bookings
                    .Where(b => b.Id == next.Id && b.Status == BookingStatus.Waiting)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(b => b.Status, BookingStatus.Offered)
                        .SetProperty(b => b.OfferExpiresAt, expires)
                        // The waiting-list link keeps working: its holder may be cancelling at this very moment.
                        .SetProperty(b => b.PreviousTokenHash, b => b.TokenHash)
                        .SetProperty(b => b.TokenHash, hash), cancellationToken);
                if (offered == 1)
                {
                    next.Status = BookingStatus.Offered;
                    next.OfferExpiresAt = expires;
                    emails.Queue(db, TrainingTemplates.Offer, session, next, token);
                    return;
                }
            }
        }

        await db.TrainingSessions
            .Where(s => s.Id == session.Id && s.PlacesTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken - 1), cancellationToken);
    }

    /// <summary>The person offered a place takes it, through their link, before the offer runs out.</summary>
    public Task<ChangeOutcome> AcceptOfferAsync(string token, CancellationToken cancellationToken = default) =>
        WithTokenAsync(token, async (db, booking, session) =>
        {
            if (booking.Status == BookingStatus.Confirmed)
            {
                return ChangeOutcome.AlreadyDone;
            }

            var now = Now;
            if (booking.Status != BookingStatus.Offered || booking.OfferExpiresAt <= now || session.Status != SessionStatus.Scheduled)
            {
                return booking.Status == BookingStatus.Offered ? ChangeOutcome.Expired : ChangeOutcome.NotAllowed;
            }

            var accepted = await db.Bookings
                .Where(b => b.Id == booking.Id && b.Status == BookingStatus.Offered && b.OfferExpiresAt > now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BookingStatus.Confirmed)
                    .SetProperty(b => b.ConfirmedAt, now)
                    .SetProperty(b => b.OfferExpiresAt, (DateTime?)null), cancellationToken);
            if (accepted == 0)
            {
                return ChangeOutcome.Expired;
            }

            booking.Status = BookingStatus.Confirmed;
            booking.OfferExpiresAt = null;
            emails.Queue(db, TrainingTemplates.Confirmed, session, booking, token, calendar: true);
            await db.SaveChangesAsync(cancellationToken);
            return ChangeOutcome.Done;
        }, cancellationToken);

    /// <summary>Offers not accepted in time pass to the next person waiting. Returns how many lapsed.</summary>
    public async Task<int> ExpireOffersAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        List<long> due;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Bookings.AsNoTracking()
                .Where(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
                .OrderBy(b => b.OfferExpiresAt).Select(b => b.Id).Take(500).ToListAsync(cancellationToken);
        }

        var lapsed = 0;
        foreach (var id in due)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var booking = await db.Bookings.AsNoTracking().FirstAsync(b => b.Id == id, cancellationToken);
            var changed = await db.Bookings
                .Where(b => b.Id == id && b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BookingStatus.Cancelled)
                    .SetProperty(b => b.CancelledBy, CancelledBy.OfferLapsed)
                    .SetProperty(b => b.CancelledAt, now), cancellationToken);
            if (changed == 0)
            {
                continue;
            }

            var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
            emails.Queue(db, TrainingTemplates.OfferLapsed, session, booking);
            await ReleasePlaceAsync(db, session, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            lapsed++;
        }

        return lapsed;
    }

    /// <summary>Sends the reminders due now (the configured days before the start) with the joining details.</summary>
    public async Task<int> SendRemindersAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var horizon = now.AddDays(Settings.ReminderDaysBefore);
        List<int> sessions;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            sessions = await db.TrainingSessions.AsNoTracking()
                .Where(s => s.Status == SessionStatus.Scheduled && s.RemindedAt == null && s.StartsAt > now && s.StartsAt <= horizon)
                .Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in sessions)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Claimed first, so two nodes never remind twice.
            if (await db.TrainingSessions.Where(s => s.Id == id && s.RemindedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.RemindedAt, now), cancellationToken) == 0)
            {
                continue;
            }

            var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
            var bookings = await db.Bookings.Where(b => b.SessionId == id && b.Status == BookingStatus.Confirmed && b.RemindedAt == null).ToListAsync(cancellationToken);
            foreach (var booking in bookings)
            {
                booking.RemindedAt = now;
                emails.Queue(db, TrainingTemplates.Reminder, session, booking);
                sent++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>
    /// After a session, each attendee on the register gets the evaluation and certificate links (once). A new
    /// link is issued for this, which replaces the earlier one.
    /// </summary>
    public async Task<int> SendEvaluationsAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var ended = now.AddHours(-Settings.EvaluationHoursAfter);
        List<long> due;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            due = await (from b in db.Bookings.AsNoTracking()
                         join s in db.TrainingSessions.AsNoTracking() on b.SessionId equals s.Id
                         where b.Attended == true && b.EvaluationSentAt == null && b.AnonymisedAt == null
                               && s.Status == SessionStatus.Scheduled && s.EndsAt <= ended
                         orderby b.Id
                         select b.Id).Take(500).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (token, hash) = ManageTokens.Create();
            if (await db.Bookings.Where(b => b.Id == id && b.EvaluationSentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.EvaluationSentAt, now).SetProperty(b => b.TokenHash, hash).SetProperty(b => b.PreviousTokenHash, (string?)null), cancellationToken) == 0)
            {
                continue;
            }

            var booking = await db.Bookings.AsNoTracking().FirstAsync(b => b.Id == id, cancellationToken);
            var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
            emails.Queue(db, TrainingTemplates.Evaluation, session, booking, token);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>Erases bookers' personal data the configured months after their session; the rows (and so the counts) stay.</summary>
    public async Task<int> AnonymiseAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var before = now.AddMonths(-Settings.RetentionMonths);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
#pragma warning disable CA1305 // EF translates long.ToString() to SQL; there is no culture in the database's cast.
        var sessionIds = db.TrainingSessions.Where(s => s.EndsAt < before).Select(s => s.Id);
        return await db.Bookings
            .Where(b => b.AnonymisedAt == null && sessionIds.Contains(b.SessionId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Name, "")
                .SetProperty(b => b.Email, "")
                .SetProperty(b => b.NormalisedEmail, b => "anonymised-" + b.Id.ToString())
                .SetProperty(b => b.Organisation, (string?)null)
                .SetProperty(b => b.Phone, (string?)null)
                .SetProperty(b => b.Needs, (string?)null)
                .SetProperty(b => b.EvaluationComments, (string?)null)
                .SetProperty(b => b.TokenHash, (string?)null)
                .SetProperty(b => b.PreviousTokenHash, (string?)null)
                .SetProperty(b => b.AnonymisedAt, now), cancellationToken);
#pragma warning restore CA1305
    }

    /// <summary>An attendee's evaluation: a rating from 1 to 5 and optional comments, once.</summary>
    public Task<ChangeOutcome> EvaluateAsync(string token, int rating, string? comments, CancellationToken cancellationToken = default) =>
        WithTokenAsync(token, async (db, booking, session) =>
        {
            if (booking.Attended != true || session.EndsAt > Now)
            {
                return ChangeOutcome.NotAllowed;
            }

            var now = Now;
            var text = Blank(comments);
            var saved = await db.Bookings.Where(b => b.Id == booking.Id && b.EvaluatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Rating, rating).SetProperty(b => b.EvaluationComments, text).SetProperty(b => b.EvaluatedAt, now), cancellationToken);
            return saved == 1 ? ChangeOutcome.Done : ChangeOutcome.AlreadyDone;
        }, cancellationToken);

    private async Task<ChangeOutcome> WithTokenAsync(string token, Func<PortalDbContext, Booking, TrainingSession, Task<ChangeOutcome>> change, CancellationToken cancellationToken)
    {
        if (!ManageTokens.IsWellFormed(token))
        {
            return ChangeOutcome.NotFound;
        }

        var hash = ManageTokens.Hash(token);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => (b.TokenHash == hash || b.PreviousTokenHash == hash) && b.AnonymisedAt == null, cancellationToken);
        if (booking is null)
        {
            return ChangeOutcome.NotFound;
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
        var outcome = await change(db, booking, session);
        if (outcome == ChangeOutcome.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
