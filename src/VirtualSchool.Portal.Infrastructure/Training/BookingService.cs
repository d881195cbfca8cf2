using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>
/// The booking rules that need storage. Every change and the emails it causes are saved in one transaction
/// (the outbox joins it). Capacity is guarded by one conditional update of the session's places-taken count
/// inside the booking's transaction, and duplicates by the unique index on (session, normalised email), so
/// the rules hold on SQLite and PostgreSQL under any number of simultaneous requests.
/// </summary>
public sealed partial class BookingService(
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
    public BookPlaceStatus? WhyClosed(TrainingSession session) => BookingRules.WhyClosed(session, Now, Settings.CloseHoursBefore);

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
    public async Task<Attempt<BookedPlace, BookPlaceStatus>> BookAsync(Guid sessionKey, BookingRequest request, string? siteUrl = null, CancellationToken cancellationToken = default)
    {
        var session = await FindSessionAsync(sessionKey, cancellationToken);
        return session is null
            ? new Attempt<BookedPlace, BookPlaceStatus>(BookPlaceStatus.NotFound)
            : await BookAsync(session, request, siteUrl, cancellationToken);
    }

    /// <summary>
    /// Books a place at a session as it was read a moment ago. The read may be stale by the time the booking's
    /// transaction starts (the coordinator may have cancelled the session in between), so the transaction
    /// checks the session again and never stores a booking, or sends an email, for a cancelled session.
    /// </summary>
    internal async Task<Attempt<BookedPlace, BookPlaceStatus>> BookAsync(TrainingSession session, BookingRequest request, string? siteUrl, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (WhyClosed(session) is { } closed)
        {
            return new Attempt<BookedPlace, BookPlaceStatus>(closed);
        }

        var errors = BookingRules.Validate(request);
        if (errors.Count > 0)
        {
            return new Attempt<BookedPlace, BookPlaceStatus>(BookPlaceStatus.Invalid, Errors: errors);
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
            return new Attempt<BookedPlace, BookPlaceStatus>(BookPlaceStatus.Duplicate);
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
                return new Attempt<BookedPlace, BookPlaceStatus>(BookPlaceStatus.Cancelled);
            }

            var booking = await RowForAsync(db, session, previous?.Id, cancellationToken);
            Fill(booking, request, email, normalised, hash, siteUrl, now, confirmed: won == 1);
            emails.Queue(db, won == 1 ? TrainingTemplates.Confirmed : TrainingTemplates.Waiting, session, booking, token, calendar: won == 1);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Attempt<BookedPlace, BookPlaceStatus>(won == 1 ? BookPlaceStatus.Confirmed : BookPlaceStatus.Waiting, new BookedPlace(booking, token));
        }
        catch (DbUpdateException)
        {
            // Another request with the same email won the unique index: nothing of this one is kept.
            return new Attempt<BookedPlace, BookPlaceStatus>(BookPlaceStatus.Duplicate);
        }
        catch (InvalidOperationException) when (previous is not null)
        {
            // The cancelled row was booked again by a simultaneous request.
            return new Attempt<BookedPlace, BookPlaceStatus>(BookPlaceStatus.Duplicate);
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>
    /// The row a booking is stored in, inside the booking's transaction: booking again after cancelling reuses
    /// the cancelled row (the unique index on session and email allows one), so it is made new rather than
    /// added. When a simultaneous request has already booked that row again, no cancelled row is found and
    /// the read throws <see cref="InvalidOperationException"/>, which the caller answers as a duplicate.
    /// </summary>
    private static async Task<Booking> RowForAsync(PortalDbContext db, TrainingSession session, long? cancelledId, CancellationToken cancellationToken)
    {
        if (cancelledId is { } id)
        {
            return await db.Bookings.FirstAsync(b => b.Id == id && b.Status == BookingStatus.Cancelled, cancellationToken);
        }

        var booking = new Booking { SessionId = session.Id };
        db.Bookings.Add(booking);
        return booking;
    }

    /// <summary>
    /// Writes every field of a new (or made new) booking, so nothing of a cancelled booking's earlier life
    /// (its offer, reminder, attendance or old link) carries over. A booking that won a place is confirmed;
    /// one that did not waits from now.
    /// </summary>
    private static void Fill(Booking booking, BookingRequest request, string email, string normalised, string hash, string? siteUrl, DateTime now, bool confirmed)
    {
        booking.Name = request.Name!.Trim();
        booking.Email = email;
        booking.NormalisedEmail = normalised;
        booking.Role = TrainingAudience.FromSlug(request.Role)!.Slug;
        booking.Organisation = Blank(request.Organisation);
        booking.Phone = Blank(request.Phone);
        booking.Needs = Blank(request.Needs);
        booking.ConsentedAt = now;
        booking.CreatedAt = now;
        booking.Status = confirmed ? BookingStatus.Confirmed : BookingStatus.Waiting;
        booking.ConfirmedAt = confirmed ? now : null;
        booking.WaitingSince = confirmed ? null : now;
        booking.CancelledAt = null;
        booking.CancelledBy = CancelledBy.None;
        booking.OfferExpiresAt = null;
        booking.TokenHash = hash;
        booking.SiteUrl = siteUrl is { Length: <= 300 } ? siteUrl : null;
        booking.Attended = null;
        booking.RemindedAt = null;
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

    private async Task<BookingChangeStatus> WithTokenAsync(string token, Func<PortalDbContext, Booking, TrainingSession, Task<BookingChangeStatus>> change, CancellationToken cancellationToken)
    {
        if (!ManageTokens.IsWellFormed(token))
        {
            return BookingChangeStatus.NotFound;
        }

        var hash = ManageTokens.Hash(token);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => (b.TokenHash == hash || b.PreviousTokenHash == hash) && b.AnonymisedAt == null, cancellationToken);
        if (booking is null)
        {
            return BookingChangeStatus.NotFound;
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
        var outcome = await change(db, booking, session);
        if (outcome == BookingChangeStatus.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
