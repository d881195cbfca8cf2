using System.Net;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>The search pages share the "search" rate limit per address (<c>Portal:Search:PermitsPerMinute</c>).</summary>
[Trait("Category", "Integration")]
public sealed class SearchRateLimitTests(SearchRateLimitTests.LimitedFactory portal) : IClassFixture<SearchRateLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : SearchPageFactory
    {
        protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?> { ["Portal:Search:PermitsPerMinute"] = "3" };
    }

    [Fact]
    public async Task Searches_past_the_limit_are_answered_429_and_other_pages_are_not_limited()
    {
        var client = portal.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync($"/search?q=limit{i}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
