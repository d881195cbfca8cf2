using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Content;

/// <summary>An editor renames or moves a page: readers following old links still arrive.</summary>
[Trait("Category", "Integration")]
public sealed class RedirectTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateBrowserlikeClient();

    private ContentService Content => factory.Services.GetRequiredService<ContentService>();

    private PublishedContent Published(string route) =>
        factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute(route) ?? throw new InvalidOperationException(route);

    [Fact]
    public async Task Renaming_a_published_page_leaves_a_301_from_its_old_path_and_its_childrens_paths()
    {
        var about = Published("/about");
        await Content.SaveAsync(about.Key, "About us", about.Properties);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/about")).StatusCode);

        var published = await Content.PublishAsync(about.Key);

        Assert.True(published.Succeeded, published.Status.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/about-us")).StatusCode);
        var old = await _client.GetAsync("/about?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/about-us?x=1", old.Headers.Location!.OriginalString);
        var child = await _client.GetAsync("/about/management-board");
        Assert.Equal(HttpStatusCode.MovedPermanently, child.StatusCode);
        Assert.Equal("/about-us/management-board", child.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Moving_a_published_page_leaves_a_301_from_where_it_was()
    {
        var guidance = Published("/statutory-guidance");
        var item = factory.Services.GetRequiredService<IPublishedContentCache>().GetChildren(guidance.Key)[0];
        var admissions = Published("/admissions");
        var oldRoute = item.Route!;

        var moved = await Content.MoveAsync(item.Key, admissions.Key);

        Assert.True(moved.Succeeded, moved.Status.ToString());
        var response = await _client.GetAsync(oldRoute);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/admissions/{item.UrlSegment}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(response.Headers.Location!.OriginalString)).StatusCode);
    }

    [Fact]
    public async Task An_unpublished_page_is_gone_from_the_site_and_its_sitemap()
    {
        var privacy = Published("/privacy-notice");

        await Content.UnpublishAsync(privacy.Key);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/privacy-notice")).StatusCode);
        Assert.DoesNotContain("/privacy-notice", await _client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        var home = await PortalFactory.ParseAsync(await _client.GetAsync("/"));
        Assert.DoesNotContain(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/privacy-notice");

        Assert.True((await Content.PublishAsync(privacy.Key)).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/privacy-notice")).StatusCode);
    }

    [Fact]
    public async Task A_saved_draft_is_not_shown_until_it_is_published()
    {
        var admissions = Published("/admissions");
        var values = new Dictionary<string, string?>(admissions.Properties) { ["heading"] = "Admissions: draft heading" };

        await Content.SaveAsync(admissions.Key, admissions.Name, values);
        var before = await PortalFactory.ParseAsync(await _client.GetAsync("/admissions"));
        await Content.PublishAsync(admissions.Key);
        var after = await PortalFactory.ParseAsync(await _client.GetAsync("/admissions"));

        Assert.NotEqual("Admissions: draft heading", before.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Admissions: draft heading", after.QuerySelector("h1")!.TextContent.Trim());
    }
}
