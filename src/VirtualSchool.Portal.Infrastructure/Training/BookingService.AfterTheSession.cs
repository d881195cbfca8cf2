using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>What happens around the session itself: reminders, evaluations and, later, anonymising.</summary>
public sealed partial class BookingService
{
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
    public Task<BookingChangeStatus> EvaluateAsync(string token, int rating, string? comments, CancellationToken cancellationToken = default) =>
        WithTokenAsync(token, async (db, booking, session) =>
        {
            if (booking.Attended != true || session.EndsAt > Now)
            {
                return BookingChangeStatus.NotAllowed;
            }

            var now = Now;
            var text = Blank(comments);
            var saved = await db.Bookings.Where(b => b.Id == booking.Id && b.EvaluatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Rating, rating).SetProperty(b => b.EvaluationComments, text).SetProperty(b => b.EvaluatedAt, now), cancellationToken);
            return saved == 1 ? BookingChangeStatus.Done : BookingChangeStatus.AlreadyDone;
        }, cancellationToken);
}
