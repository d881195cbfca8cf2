using System.Net;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>Addresses the search page cannot take: a 400 with GOV.UK's error summary linking to the field, never a 500.</summary>
[Trait("Category", "Integration")]
public sealed class SearchInputTests(SearchPageFactory portal) : IClassFixture<SearchPageFactory>
{
    public static TheoryData<string, string, string> Refused => new()
    {
        { "q=" + new string('a', 201), "#search-main", "Search text must be 200 characters or fewer" },
        { "q=a&q=b", "#search-main", "Search with one search text at a time" },
        { "q=pupil&kind=board-papers", "#kind", "Select a type of result from the list" },
        { "q=pupil&kind=Content", "#kind", "Select a type of result from the list" },
        { "q=pupil&kind=guidance&kind=training", "#kind", "Search with one type of result at a time" },
        { "q=pupil&audience=%3Cscript%3E", "#audience", "Select an audience from the list" },
        { "q=pupil&sort=oldest", "#sort", "Sort by relevance or by date" },
        { "q=pupil&page=0", "#results", "Choose a page of results from 1 to 50" },
        { "q=pupil&page=-1", "#results", "Choose a page of results from 1 to 50" },
        { "q=pupil&page=two", "#results", "Choose a page of results from 1 to 50" },
        { "q=pupil&page=99999999999999999999", "#results", "Choose a page of results from 1 to 50" },
        { "q=pupil&page=51", "#results", "Choose a page of results from 1 to 50" },
        { "q=pupil&page=2", "#results", "There is only one page of results" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_address_the_page_cannot_take_is_a_400_with_an_error_summary(string query, string link, string message)
    {
        var response = await portal.CreateClient().GetAsync("/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".govuk-error-summary a[href='" + link + "']");
        Assert.NotNull(summary);
        Assert.Equal(message, summary.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(link));
        Assert.Null(page.QuerySelector(".app-search-result"));
    }

    [Theory]
    [InlineData("q=%22unclosed")]
    [InlineData("q=title%3A*+AND+(OR")]
    [InlineData("q=%00%01%7F")]
    [InlineData("q=%F0%9F%98%80+%E2%80%AE")]
    [InlineData("q=++&kind=")]
    [InlineData("q=pupil&unknown=1&unknown=2")]
    public async Task Odd_text_and_unknown_parameters_are_searched_or_ignored_never_a_500(string query)
    {
        var response = await portal.CreateClient().GetAsync("/search?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Text_of_200_characters_is_searched_and_its_error_is_shown_on_the_box_when_longer()
    {
        var longest = new string('b', 200);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/search?q=" + longest)).StatusCode);
        Assert.Single(portal.Searcher.AskedFor(longest));

        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync("/search?q=" + longest + "b"));
        Assert.Equal("search-main-error", page.QuerySelector("#search-main")!.GetAttribute("aria-describedby"));
        Assert.Empty(portal.Searcher.AskedFor(longest + "b"));
    }
}
