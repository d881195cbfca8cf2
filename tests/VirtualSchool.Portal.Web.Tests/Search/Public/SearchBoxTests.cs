using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>The search box in every page's header and on "Page not found": a plain GET form to <c>/search</c>.</summary>
[Trait("Category", "Integration")]
public sealed class SearchBoxTests(SearchPageFactory portal) : IClassFixture<SearchPageFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/training")]
    [InlineData("/members/login")]
    [InlineData("/search?q=anything")]
    public async Task Every_public_page_has_the_header_search_box_labelled_and_without_a_token(string path)
    {
        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync(path));

        var form = page.QuerySelector("header form[role='search']");
        Assert.NotNull(form);
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Search this website", page.QuerySelector("header label[for='header-search']")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("input#header-search[name='q'][type='search']"));
        Assert.NotNull(form.QuerySelector("button[type='submit']"));
        Assert.Null(form.QuerySelector("input[type='hidden']"));
    }

    [Fact]
    public async Task Every_published_page_has_the_header_box()
    {
        var client = portal.CreateClient();
        var cache = portal.Services.GetRequiredService<IPublishedContentCache>();
        var routes = cache.GetAll().Select(c => c.Route).Where(r => r is not null).Take(15).ToList();
        foreach (var route in routes)
        {
            var response = await client.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var page = await PortalFactory.ParseAsync(response);
            Assert.True(page.QuerySelector("header form[action='/search'] #header-search") is not null, route);
        }
    }

    [Fact]
    public async Task The_page_not_found_offers_a_search_box()
    {
        var response = await portal.CreateClient().GetAsync("/no-such-page-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var box = page.QuerySelector("main form[action='/search'][method='get'] input#search-not-found[name='q']");
        Assert.NotNull(box);
        Assert.Equal("Search this website", page.QuerySelector("main label[for='search-not-found']")!.TextContent.Trim());
    }
}
