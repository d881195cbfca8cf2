using System.Net;
using Npgsql;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// The capacity and duplicate guards on PostgreSQL, where simultaneous transactions really run in parallel
/// (with the whole portal, its scheduler and outbox included).
/// </summary>
[Trait("Category", "PostgreSql")]
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
            return await HtmlForms.PostAsync(client, form, TrainingPortal.Booker(e));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(posts);

        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        // The repeated presses are answered as a first booking is (a booking's answer never says the address had one).
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        var bookings = await portal.BookingsAsync(session);
        Assert.Equal(101, bookings.Count);
        Assert.Equal(10, bookings.Count(b => b.Status == BookingStatus.Confirmed));
        Assert.Equal(91, bookings.Count(b => b.Status == BookingStatus.Waiting));
        Assert.Equal(10, (await portal.ReloadAsync(session)).PlacesTaken);
    }

    [PostgresFact]
    public async Task A_booking_that_commits_while_the_coordinator_reduces_the_places_is_never_left_beyond_capacity_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_capacity_");
        await using var portal = new TrainingPortal(null, new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = database.ConnectionString(),
        });
        var session = await portal.CreateSessionAsync(capacity: 3);
        var service = portal.Get<BookingService>();
        foreach (var email in new[] { "one@school.test", "two@school.test" })
        {
            Assert.Equal(BookPlaceStatus.Confirmed, (await service.BookAsync(session.Key, new BookingRequest("Zoë", email, "governors", "Anytown Governing Board", null, null, true))).Status);
        }

        // A third booking is half way through its transaction: it has taken the last place (and the row lock).
        await using var booking = new NpgsqlConnection(database.ConnectionString());
        await booking.OpenAsync();
        await using var transaction = await booking.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("UPDATE \"TrainingSessions\" SET \"PlacesTaken\" = \"PlacesTaken\" + 1 WHERE \"Id\" = @id AND \"PlacesTaken\" < \"Capacity\"", booking, transaction))
        {
            take.Parameters.AddWithValue("id", session.Id);
            Assert.Equal(1, await take.ExecuteNonQueryAsync());
        }

        // Meanwhile the coordinator, who still sees two places taken, reduces the session to two places.
        var input = await portal.ReloadAsync(session);
        Assert.Equal(2, input.PlacesTaken);
        input.Capacity = 2;
        var saving = portal.Get<TrainingCoordinator>().UpdateAsync(session.Key, input);
        await WaitUntilBlockedAsync(database.ConnectionString(), database.Name);
        await transaction.CommitAsync();
        var result = await saving;

        Assert.Equal(SessionSaveStatus.Invalid, result.Status);
        Assert.Contains(result.Errors!, e => e.Field == "capacity" && e.Message.Contains("3 already booked", StringComparison.Ordinal));
        var stored = await portal.ReloadAsync(session);
        Assert.Equal(3, stored.Capacity);
        Assert.Equal(3, stored.PlacesTaken);
    }

    /// <summary>Waits until a statement in this database is waiting for a row lock (the coordinator's save).</summary>
    private static async Task WaitUntilBlockedAsync(string connectionString, string databaseName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND wait_event_type = 'Lock' AND query LIKE '%TrainingSessions%'", connection);
            waiting.Parameters.AddWithValue("name", databaseName);
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("The coordinator's save never waited for the booking's row lock");
    }
}
