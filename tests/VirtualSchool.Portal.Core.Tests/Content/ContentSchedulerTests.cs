using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Content;

namespace VirtualSchool.Portal.Core.Tests.Content;

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
    public async Task A_date_in_the_past_or_an_unpublish_before_the_publish_is_refused()
    {
        var home = await PublishedAsync("Home");

        var past = await Scheduler.ScheduleAsync(home.Key, In(TimeSpan.FromMinutes(-1)), null, null);
        var backwards = await Scheduler.ScheduleAsync(home.Key, In(TimeSpan.FromHours(2)), In(TimeSpan.FromHours(1)), null);
        var nothing = await Scheduler.ScheduleAsync(home.Key, null, null, null);
        var unknown = await Scheduler.ScheduleAsync(Guid.NewGuid(), In(TimeSpan.FromHours(1)), null, null);

        Assert.Equal(["publish"], past.Errors.Select(e => e.Alias));
        Assert.Equal(["unpublish"], backwards.Errors.Select(e => e.Alias));
        Assert.Equal(["publish"], nothing.Errors.Select(e => e.Alias));
        Assert.Equal(ContentOperationStatus.NotFound, unknown.Status);
        Assert.Empty(await Scheduler.ListAsync(home.Key));
    }

    [Fact]
    public async Task A_cancelled_entry_never_runs()
    {
        var home = await PublishedAsync("Home");
        var scheduled = await Scheduler.ScheduleAsync(home.Key, null, In(TimeSpan.FromHours(1)), null);

        Assert.NotNull(await Scheduler.CancelAsync(home.Key, scheduled.Added[0].Id));
        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await Scheduler.RunDueAsync());
        Assert.True(Cache.GetByRoute("/") is not null);
    }
}
