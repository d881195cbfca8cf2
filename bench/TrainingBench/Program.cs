using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingBench;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

// Books through the real HTTP form (form token cookie and all) against an in-process portal, and reports:
//  1. throughput: BENCH_BOOKINGS bookings at a large session, BENCH_CONCURRENCY at a time;
//  2. the concurrency result: BENCH_RUSH simultaneous bookings at a BENCH_RUSH_CAPACITY-place session, which
//     must end with exactly that many confirmed, the rest waiting, no duplicates and no 5xx.
var inv = CultureInfo.InvariantCulture;
var bookings = EnvInt("BENCH_BOOKINGS", 1000);
var concurrency = EnvInt("BENCH_CONCURRENCY", 16);
var rush = EnvInt("BENCH_RUSH", 100);
var rushCapacity = EnvInt("BENCH_RUSH_CAPACITY", 10);
var provider = Environment.GetEnvironmentVariable("BENCH_PROVIDER") ?? "Sqlite";

var root = FindUp("VirtualSchool.Portal.sln") ?? throw new InvalidOperationException("Run from inside the repository.");
var dataPath = Path.Combine(Path.GetTempPath(), "vsp-training-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dataPath);
var extra = new Dictionary<string, string?> { ["Portal:Training:SeedSessions"] = "false" };
if (provider == "PostgreSql")
{
    extra["Portal:Database:Provider"] = "PostgreSql";
    extra["ConnectionStrings:Portal"] = Environment.GetEnvironmentVariable("BENCH_POSTGRES") ?? throw new InvalidOperationException("Set BENCH_POSTGRES to a connection string of an empty database.");
}

Console.WriteLine($"Training booking benchmark ({provider}); data folder: {dataPath}");
await using var factory = new BenchFactory(dataPath, root, extra);
var services = factory.Services;
var cache = services.GetRequiredService<IPublishedContentCache>();
var course = cache.GetByRoute("/training/designated-teacher-induction") ?? throw new InvalidOperationException("The seeded course is missing.");
var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

async Task<TrainingSession> SessionAsync(int capacity)
{
    var starts = DateTime.UtcNow.AddDays(20);
    var session = new TrainingSession
    {
        Key = Guid.NewGuid(), CourseKey = course.Key, StartsAt = starts, EndsAt = starts.AddHours(3), Format = SessionFormat.Online,
        JoiningLink = "https://meet.example.org/bench", Capacity = capacity, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
    };
    await using var db = await contexts.CreateDbContextAsync();
    db.TrainingSessions.Add(session);
    await db.SaveChangesAsync();
    return session;
}

async Task<(HttpClient Client, string Action, string Token)> FormAsync(TrainingSession session)
{
    var client = factory.CreateBrowserlikeClient();
    var html = await client.GetStringAsync($"{course.Route}/book/{session.Key}");
    var form = new HtmlParser().ParseDocument(html).QuerySelector("form[method=post]")!;
    return (client, form.GetAttribute("action")!, form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
}

static FormUrlEncodedContent Fields(string token, string email) => new(new Dictionary<string, string>
{
    ["__RequestVerificationToken"] = token, ["name"] = "Bench Booker", ["email"] = email, ["role"] = "designated-teachers",
    ["organisation"] = "Bench Academy", ["consent"] = "yes",
});

// ---- 1. Throughput -------------------------------------------------------------------------------------
var big = await SessionAsync(bookings + 10);
var (client, action, formToken) = await FormAsync(big);
for (var i = 0; i < 20; i++)
{
    await client.PostAsync(action, Fields(formToken, $"warm-{i}@bench.test")); // warm-up, counted out below
}

var latencies = new ConcurrentBag<double>();
var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < bookings)
    {
        var one = Stopwatch.StartNew();
        var response = await client.PostAsync(action, Fields(formToken, $"booker-{i}@bench.test"));
        latencies.Add(one.Elapsed.TotalMilliseconds);
        statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
    }
})));
clock.Stop();
var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine();
Console.WriteLine($"Throughput: {bookings} bookings, {concurrency} at a time, in {clock.Elapsed.TotalSeconds.ToString("F2", inv)} s");
Console.WriteLine($"  bookings/s  {(bookings / clock.Elapsed.TotalSeconds).ToString("F1", inv)}");
Console.WriteLine($"  p50 ms      {Percentile(0.50).ToString("F1", inv)}");
Console.WriteLine($"  p95 ms      {Percentile(0.95).ToString("F1", inv)}");
Console.WriteLine($"  p99 ms      {Percentile(0.99).ToString("F1", inv)}");
Console.WriteLine($"  statuses    {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"))}");

// ---- 2. Concurrency ------------------------------------------------------------------------------------
var small = await SessionAsync(rushCapacity);
var (rushClient, rushAction, rushToken) = await FormAsync(small);
using var go = new ManualResetEventSlim(false);
var posts = Enumerable.Range(0, rush).Select(i => Task.Run(async () =>
{
    go.Wait();
    return await rushClient.PostAsync(rushAction, Fields(rushToken, $"rush-{i}@bench.test"));
})).ToList();
var rushClock = Stopwatch.StartNew();
go.Set();
var responses = await Task.WhenAll(posts);
rushClock.Stop();
int confirmed, waiting, rows, distinct, placesTaken;
await using (var db = await contexts.CreateDbContextAsync())
{
    var stored = await db.Bookings.AsNoTracking().Where(b => b.SessionId == small.Id).ToListAsync();
    rows = stored.Count;
    distinct = stored.Select(b => b.NormalisedEmail).Distinct().Count();
    confirmed = stored.Count(b => b.Status == BookingStatus.Confirmed);
    waiting = stored.Count(b => b.Status == BookingStatus.Waiting);
    placesTaken = (await db.TrainingSessions.AsNoTracking().SingleAsync(s => s.Id == small.Id)).PlacesTaken;
}

var errors = responses.Count(r => (int)r.StatusCode >= 500);
var ok = confirmed == rushCapacity && waiting == rush - rushCapacity && rows == rush && distinct == rush && errors == 0 && placesTaken == rushCapacity;
Console.WriteLine();
Console.WriteLine($"Concurrency: {rush} simultaneous bookings at a {rushCapacity}-place session, in {rushClock.Elapsed.TotalMilliseconds.ToString("F0", inv)} ms");
Console.WriteLine($"  confirmed {confirmed}, waiting {waiting}, rows {rows}, distinct emails {distinct}, 5xx {errors}, places taken {placesTaken}");
Console.WriteLine($"  result    {(ok ? "PASS" : "FAIL")}: exactly {rushCapacity} confirmed, {rush - rushCapacity} waiting, no duplicates, no 5xx");
return ok ? 0 : 3;

static int EnvInt(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

static string? FindUp(string file)
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, file)))
        {
            return directory.FullName;
        }
    }

    return null;
}
