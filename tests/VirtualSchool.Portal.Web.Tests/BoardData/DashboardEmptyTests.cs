using System.Net;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>Before the first term is published the Board's dashboard says so, and has nothing to download.</summary>
[Trait("Category", "Integration")]
public sealed class DashboardEmptyTests(EmptyDashboardFactory portal) : IClassFixture<EmptyDashboardFactory>
{
    [Fact]
    public async Task With_no_published_term_the_dashboard_says_none_is_published_yet()
    {
        var board = await portal.SignInBoardMemberAsync();
        var response = await board.GetAsync("/members/board/data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("No term's figures have been published", page.QuerySelector("#no-terms")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync($"/members/board/data/{DashboardTerms.Autumn.Slug}/report.docx")).StatusCode);
    }
}
