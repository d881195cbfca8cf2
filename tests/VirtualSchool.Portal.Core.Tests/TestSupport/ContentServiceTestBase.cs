using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>A portal of its own for each test, seeded with <see cref="SampleSite"/>'s schema.</summary>
public abstract class ContentServiceTestBase : IAsyncLifetime
{
    private TestPortal? _portal;

    protected TestPortal Portal => _portal ?? throw new InvalidOperationException("The portal has not started.");

    protected ContentService Content => Portal.Get<ContentService>();

    protected IPublishedContentCache Cache => Portal.Get<IPublishedContentCache>();

    protected IContentRepository Repository => Portal.Get<IContentRepository>();

    protected IRedirectRepository Redirects => Portal.Get<IRedirectRepository>();

    /// <summary>Extra services (such as notification handlers) for the portal this test runs against.</summary>
    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        _portal = await TestPortal.StartAsync(ConfigureServices);
        await SampleSite.SeedAsync(_portal);
    }

    public async Task DisposeAsync()
    {
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }

    protected async Task<ContentNode> CreateAsync(string name, ContentNode? parent = null, string? body = null)
    {
        var created = await Content.CreateAsync(new NewContent(
            name, parent is null ? SampleSite.HomePage : SampleSite.ContentPage, parent?.Key, SampleSite.ValidValues(name, body)));
        Assert.True(created.Succeeded, $"creating {name}: {created.Status} {created.Message}");
        return created.Node!;
    }

    protected async Task<ContentNode> PublishedAsync(string name, ContentNode? parent = null, string? body = null)
    {
        var node = await CreateAsync(name, parent, body);
        var published = await Content.PublishAsync(node.Key);
        Assert.True(published.Succeeded, $"publishing {name}: {published.Status} {published.Message}");
        return published.Node!;
    }
}
