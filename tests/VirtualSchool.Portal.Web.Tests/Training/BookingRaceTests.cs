using System.Net;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// A hundred people booking the same session at the same moment. It needs no mail server: the places, the
/// waiting list and the outbox say whether the portal overbooked; what reaches a real SMTP server when bookings
/// come in at once is <see cref="BookingTests"/>' smaller test.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BookingRaceTests
{
    [Fact]
    public async Task A_hundred_simultaneous_bookings_at_a_ten_place_session_confirm_exactly_ten_and_put_ninety_on_the_waiting_list()
    {
        await using var portal = new TrainingPortal(null);
        var session = await portal.CreateSessionAsync(capacity: 10);
        var client = portal.CreateBrowserlikeClient();
        var form = await TrainingPortal.FormAsync(client, session);
        var emails = Enumerable.Range(0, 100).Select(i => $"rush-{i}-{Guid.NewGuid():N}@school.test").ToList();
        using var start = new ManualResetEventSlim(false);
        var posts = emails.Select(e => Task.Run(async () =>
        {
            start.Wait();
            return await HtmlForms.PostAsync(client, form, TrainingPortal.Booker(e));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Equal(10, responses.Count(r => r.Headers.Location!.OriginalString.EndsWith("/check-email", StringComparison.Ordinal)));
        Assert.Equal(90, responses.Count(r => r.Headers.Location!.OriginalString.EndsWith("/check-email?waiting=true", StringComparison.Ordinal)));
        var bookings = await portal.BookingsAsync(session);
        Assert.Equal(100, bookings.Count);
        Assert.Equal(100, bookings.Select(b => b.NormalisedEmail).Distinct().Count());
        Assert.Equal(10, bookings.Count(b => b.Status == BookingStatus.Confirmed));
        Assert.Equal(90, bookings.Count(b => b.Status == BookingStatus.Waiting));
        Assert.Equal(10, (await portal.ReloadAsync(session)).PlacesTaken);

        // Each booker is queued exactly one email, in the same transaction as their booking.
        await using var db = await portal.DbAsync();
        var queued = await db.OutboxMessages.AsNoTracking().Where(m => m.To.StartsWith("rush-")).ToListAsync();
        Assert.Equal(emails.Order(), queued.Select(m => m.To).Order());
        Assert.Equal(10, queued.Count(m => m.Subject.StartsWith("Your place is booked", StringComparison.Ordinal)));
        Assert.Equal(90, queued.Count(m => m.Subject.StartsWith("You are on the waiting list", StringComparison.Ordinal)));
    }
}
