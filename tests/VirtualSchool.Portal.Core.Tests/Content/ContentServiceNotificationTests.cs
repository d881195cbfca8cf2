using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Tests.TestSupport;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentServiceNotificationTests : ContentServiceTestBase
{
    private readonly Vetoes _vetoes = new();
    private readonly PublishedLog _published = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<INotificationHandler<ContentPublishingNotification>>(_vetoes);
        services.AddSingleton<INotificationHandler<ContentUnpublishingNotification>>(_vetoes);
        services.AddSingleton<INotificationHandler<ContentPublishedNotification>>(_published);
    }

    [Fact]
    public async Task A_publishing_handler_can_cancel_a_first_publish_and_the_page_stays_off_the_site()
    {
        var home = await PublishedAsync("Home");
        var page = await CreateAsync("Embargoed report", home);
        _vetoes.Refuse("Embargoed report", "Embargoed until 9am");

        var result = await Content.PublishAsync(page.Key);

        Assert.Equal(ContentOperationStatus.CancelledByNotification, result.Status);
        Assert.Equal("Embargoed until 9am", result.Message);
        Assert.Null(Cache.GetByKey(page.Key));
        Assert.Null(Cache.GetByRoute("/embargoed-report"));
        Assert.False((await Repository.GetNodeAsync(page.Key))!.IsPublished);
        Assert.DoesNotContain(_published.Keys, k => k == page.Key);
    }

    [Fact]
    public async Task A_cancelled_republish_keeps_the_previous_version_on_the_site()
    {
        var home = await PublishedAsync("Home");
        var page = await PublishedAsync("Admissions", home, body: "Live words");
        var versionBefore = Cache.Version;
        await Content.SaveAsync(page.Key, "Admissions", SampleSite.ValidValues("Admissions", "Unapproved words"));
        _vetoes.Refuse("Admissions", "Needs approval");

        var result = await Content.PublishAsync(page.Key);

        Assert.Equal(ContentOperationStatus.CancelledByNotification, result.Status);
        Assert.Equal("Live words", Cache.GetByRoute("/admissions")?.Value("bodyText"));
        Assert.Equal(versionBefore, Cache.Version);
    }

    [Fact]
    public async Task A_published_handler_hears_of_the_page_with_its_type_composed()
    {
        var home = await PublishedAsync("Home");
        var page = await PublishedAsync("Admissions", home, body: "Words");

        var notification = Assert.Single(_published.Notifications, n => n.Node.Key == page.Key);
        Assert.Equal("Words", notification.Version.Properties["bodyText"]);
        Assert.NotNull(notification.Version.PublishedDate);
        Assert.Equal(
            ["title", "bodyText", "metaTitle", "metaDescription"],
            notification.ContentType.Properties.Select(p => p.Alias));
        Assert.Equal([home.Key, page.Key], _published.Keys);
    }

    [Fact]
    public async Task An_unpublishing_handler_can_keep_the_page_on_the_site()
    {
        var home = await PublishedAsync("Home");
        var page = await PublishedAsync("Safeguarding", home);
        _vetoes.Refuse("Safeguarding", "Statutory page");

        var result = await Content.UnpublishAsync(page.Key);

        Assert.Equal(ContentOperationStatus.CancelledByNotification, result.Status);
        Assert.Equal(page.Key, Cache.GetByRoute("/safeguarding")?.Key);
        Assert.True((await Repository.GetNodeAsync(page.Key))!.IsPublished);
    }

    /// <summary>Cancels publishing or unpublishing of the pages it was told to refuse.</summary>
    private sealed class Vetoes :
        INotificationHandler<ContentPublishingNotification>,
        INotificationHandler<ContentUnpublishingNotification>
    {
        private readonly Dictionary<string, string> _refusals = [];

        public void Refuse(string name, string reason) => _refusals[name] = reason;

        public Task HandleAsync(ContentPublishingNotification notification, CancellationToken cancellationToken)
        {
            if (_refusals.TryGetValue(notification.Version.Name, out var reason))
            {
                notification.CancelOperation(reason);
            }

            return Task.CompletedTask;
        }

        public Task HandleAsync(ContentUnpublishingNotification notification, CancellationToken cancellationToken)
        {
            if (_refusals.TryGetValue(notification.Node.Name, out var reason))
            {
                notification.CancelOperation(reason);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Remembers every publish it hears of, in order.</summary>
    private sealed class PublishedLog : INotificationHandler<ContentPublishedNotification>
    {
        public List<ContentPublishedNotification> Notifications { get; } = [];

        public IEnumerable<Guid> Keys => Notifications.Select(n => n.Node.Key);

        public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken)
        {
            Notifications.Add(notification);
            return Task.CompletedTask;
        }
    }
}
