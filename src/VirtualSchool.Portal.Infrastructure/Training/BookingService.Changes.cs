using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>Cancelling, giving a place back, and the waiting list's offers (accepted or lapsed).</summary>
public sealed partial class BookingService
{
    /// <summary>The booker cancels their place (or leaves the waiting list, or declines an offer) through their link.</summary>
    public Task<BookingChangeStatus> CancelByBookerAsync(string token, CancellationToken cancellationToken = default) =>
        WithTokenAsync(token, (db, booking, session) => CancelAsync(db, booking, session, CancelledBy.Booker, TrainingTemplates.Cancelled, null, cancellationToken), cancellationToken);

    /// <summary>The coordinator cancels one booking; the booker is told.</summary>
    public async Task<BookingChangeStatus> CancelByCoordinatorAsync(long bookingId, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null || booking.AnonymisedAt is not null)
        {
            return BookingChangeStatus.NotFound;
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, cancellationToken);
        var outcome = await CancelAsync(db, booking, session, CancelledBy.Coordinator, TrainingTemplates.CancelledByCoordinator, Blank(reason), cancellationToken);
        if (outcome == BookingChangeStatus.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    private async Task<BookingChangeStatus> CancelAsync(PortalDbContext db, Booking booking, TrainingSession session, CancelledBy by, string template, string? reason, CancellationToken cancellationToken)
    {
        if (booking.Status == BookingStatus.Cancelled)
        {
            return BookingChangeStatus.AlreadyDone;
        }

        if (session.StartsAt <= Now)
        {
            return BookingChangeStatus.NotAllowed;
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
                    return BookingChangeStatus.AlreadyDone;
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
            return BookingChangeStatus.AlreadyDone;
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
        return BookingChangeStatus.Done;
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
    public Task<BookingChangeStatus> AcceptOfferAsync(string token, CancellationToken cancellationToken = default) =>
        WithTokenAsync(token, async (db, booking, session) =>
        {
            if (booking.Status == BookingStatus.Confirmed)
            {
                return BookingChangeStatus.AlreadyDone;
            }

            var now = Now;
            if (booking.Status != BookingStatus.Offered || booking.OfferExpiresAt <= now || session.Status != SessionStatus.Scheduled)
            {
                return booking.Status == BookingStatus.Offered ? BookingChangeStatus.Expired : BookingChangeStatus.NotAllowed;
            }

            var accepted = await db.Bookings
                .Where(b => b.Id == booking.Id && b.Status == BookingStatus.Offered && b.OfferExpiresAt > now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BookingStatus.Confirmed)
                    .SetProperty(b => b.ConfirmedAt, now)
                    .SetProperty(b => b.OfferExpiresAt, (DateTime?)null), cancellationToken);
            if (accepted == 0)
            {
                return BookingChangeStatus.Expired;
            }

            booking.Status = BookingStatus.Confirmed;
            booking.OfferExpiresAt = null;
            emails.Queue(db, TrainingTemplates.Confirmed, session, booking, token, calendar: true);
            await db.SaveChangesAsync(cancellationToken);
            return BookingChangeStatus.Done;
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
}
