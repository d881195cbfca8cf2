using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Content;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentSchedulerTests : ContentServiceTestBase
{
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private ContentScheduler Scheduler => Portal.Get<ContentScheduler>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private DateTime In(TimeSpan span) => _clock.Now.UtcDateTime + span;

    [Fact]
    public async Task Due_publishes_and_unpublishes_run_through_the_content_service_and_are_removed()
    {
        var home = await PublishedAsync("Home");
        var news = await CreateAsync("News", home);
        var scheduled = await Scheduler.ScheduleAsync(news.Key, In(TimeSpan.FromHours(1)), In(TimeSpan.FromHours(2)), "editor@test");
        Assert.True(scheduled.Succeeded);

        Assert.Equal(0, await Scheduler.RunDueAsync());
        Assert.Null(Cache.GetByRoute("/news"));

        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await Scheduler.RunDueAsync());
        Assert.Equal(news.Key, Cache.GetByRoute("/news")?.Key);
        Assert.Single(await Scheduler.ListAsync(news.Key));

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await Scheduler.RunDueAsync());
        Assert.Null(Cache.GetByRoute("/news"));
        Assert.Empty(await Scheduler.ListAsync(news.Key));
        var audit = await Portal.Get<AuditLog>().QueryAsync(new AuditQuery(Item: news.Key.ToString()));
        Assert.Equal(2, audit.Total);
    }

    [Fact]
    public async Task A_scheduled_publish_the_draft_is_not_fit_for_waits_with_its_reason_and_runs_once_the_draft_is_fixed()
    {
        var home = await PublishedAsync("Home");
        var news = await CreateAsync("News", home);
        // An editor empties a mandatory field after scheduling.
        var broken = new Dictionary<string, string?>(SampleSite.ValidValues("News", null)) { ["title"] = "" };
        Assert.True((await Content.SaveAsync(news.Key, "News", broken, "writer@test")).Succeeded);
        Assert.True((await Scheduler.ScheduleAsync(news.Key, In(TimeSpan.FromHours(1)), null, "editor@test")).Succeeded);

        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await Scheduler.RunDueAsync());

        Assert.Null(Cache.GetByRoute("/news"));
        var waiting = Assert.Single(await Scheduler.ListAsync(news.Key));
        Assert.True(waiting.HasFailed);
        Assert.Equal("Enter a page title", waiting.LastError);
        Assert.Equal(1, waiting.Attempts);
        // The author is told once, through the outbox.
        await using (var db = await Portal.OpenDatabaseAsync())
        {
            var told = Assert.Single(db.OutboxMessages.Where(m => m.To == "editor@test").ToList());
            Assert.Contains("News", told.Subject, StringComparison.Ordinal);
            Assert.Contains("Enter a page title", told.TextBody, StringComparison.Ordinal);
        }

        // Nothing changed: later runs leave it alone rather than failing every minute.
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Scheduler.RunDueAsync());
        Assert.Equal(1, Assert.Single(await Scheduler.ListAsync(news.Key)).Attempts);

        // The draft is fixed: the next run publishes it and the entry goes.
        Assert.True((await Content.SaveAsync(news.Key, "News", SampleSite.ValidValues("News", null), "writer@test")).Succeeded);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Scheduler.RunDueAsync());
        Assert.Equal(news.Key, Cache.GetByRoute("/news")?.Key);
        Assert.Empty(await Scheduler.ListAsync(news.Key));
        await using (var db = await Portal.OpenDatabaseAsync())
        {
            Assert.Single(db.OutboxMessages.Where(m => m.To == "editor@test").ToList());
        }
    }

    [Fact]
    public async Task A_scheduled_publish_below_an_unpublished_parent_is_tried_again_at_every_run()
    {
        var home = await CreateAsync("Home");
        var news = await CreateAsync("News", home);
        Assert.True((await Scheduler.ScheduleAsync(news.Key, In(TimeSpan.FromHours(1)), null, "editor@test")).Succeeded);
        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(1, await Scheduler.RunDueAsync());
        Assert.True(Assert.Single(await Scheduler.ListAsync(news.Key)).HasFailed);

        Assert.True((await Content.PublishAsync(home.Key)).Succeeded);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Scheduler.RunDueAsync());
        Assert.Equal(news.Key, Cache.GetByRoute("/news")?.Key);
        Assert.Empty(await Scheduler.ListAsync(news.Key));
    }

    [Fact]
    public async Task A_date_in_the_past_or_an_unpublish_before_the_publish_is_refused()
    {
        var home = await PublishedAsync("Home");

        var past = await Scheduler.ScheduleAsync(home.Key, In(TimeSpan.FromMinutes(-1)), null, null);
        var backwards = await Scheduler.ScheduleAsync(home.Key, In(TimeSpan.FromHours(2)), In(TimeSpan.FromHours(1)), null);
        var nothing = await Scheduler.ScheduleAsync(home.Key, null, null, null);
        var unknown = await Scheduler.ScheduleAsync(Guid.NewGuid(), In(TimeSpan.FromHours(1)), null, null);

        Assert.Equal(["publish"], past.ValidationErrors.Select(e => e.Field));
        Assert.Equal(["unpublish"], backwards.ValidationErrors.Select(e => e.Field));
        Assert.Equal(["publish"], nothing.ValidationErrors.Select(e => e.Field));
        Assert.Equal(ContentOperationStatus.NotFound, unknown.Status);
        Assert.Empty(await Scheduler.ListAsync(home.Key));
    }

    [Fact]
    public async Task A_cancelled_entry_never_runs()
    {
        var home = await PublishedAsync("Home");
        var scheduled = await Scheduler.ScheduleAsync(home.Key, null, In(TimeSpan.FromHours(1)), null);

        Assert.NotNull(await Scheduler.CancelAsync(home.Key, scheduled.Result![0].Id));
        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await Scheduler.RunDueAsync());
        Assert.True(Cache.GetByRoute("/") is not null);
    }
}
