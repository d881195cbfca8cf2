using System.Net;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// The capacity and duplicate guards on PostgreSQL, where simultaneous transactions really run in parallel
/// (with the whole portal, its scheduler and outbox included).
/// </summary>
public sealed class BookingPostgreSqlTests
{
    [PostgresFact]
    public async Task A_hundred_simultaneous_bookings_at_a_ten_place_session_confirm_exactly_ten_on_PostgreSQL_and_duplicates_book_once()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_training_");
        var connectionString = database.ConnectionString(b => { b.MaxPoolSize = 50; });
        await using var portal = new TrainingPortal(null, new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
        });
        var session = await portal.CreateSessionAsync(capacity: 10);
        var client = portal.CreateBrowserlikeClient();
        var form = await TrainingPortal.FormAsync(client, session);
        // 100 different people, and one person pressing the button ten times at once.
        var emails = Enumerable.Range(0, 100).Select(i => $"pg-{i}@school.test").Concat(Enumerable.Repeat("twice@school.test", 10)).ToList();
        using var start = new ManualResetEventSlim(false);
        var posts = emails.Select(e => Task.Run(async () =>
        {
            start.Wait();
            return await Forms.PostAsync(client, form, TrainingPortal.Booker(e));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(posts);

        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var bookings = await portal.BookingsAsync(session);
        Assert.Equal(101, bookings.Count);
        Assert.Equal(10, bookings.Count(b => b.Status == BookingStatus.Confirmed));
        Assert.Equal(91, bookings.Count(b => b.Status == BookingStatus.Waiting));
        Assert.Equal(10, (await portal.ReloadAsync(session)).PlacesTaken);
    }
}
