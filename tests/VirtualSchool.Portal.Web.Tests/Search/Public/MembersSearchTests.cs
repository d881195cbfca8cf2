using System.Net;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary><c>/members/search</c>: for signed-in members only, over what their groups may read, never stored.</summary>
[Trait("Category", "Integration")]
public sealed class MembersSearchTests(SearchPageFactory portal) : IClassFixture<SearchPageFactory>
{
    [Fact]
    public async Task An_anonymous_reader_is_sent_to_the_members_sign_in_with_the_search_to_come_back_to()
    {
        var response = await portal.CreateBrowserlikeClient().GetAsync("/members/search?q=board+papers&kind=documents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The cookie handler's challenge, as on the members area's other pages (its address may carry the site's origin).
        Assert.Equal("/members/login?returnUrl=%2Fmembers%2Fsearch%3Fq%3Dboard%2Bpapers%26kind%3Ddocuments", new Uri(new Uri("http://site.test"), response.Headers.Location!).PathAndQuery);
        Assert.Empty(portal.Searcher.AskedFor("board papers"));
    }

    [Fact]
    public async Task A_member_searches_as_their_groups_and_the_answer_is_never_stored()
    {
        var text = "minutes " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, 1, SearchResultsFor.Document("Minutes of the autumn meeting", "/members/files/x/minutes.pdf", 2048, "PDF")));
        var client = await portal.SignInBoardMemberAsync();

        var response = await client.GetAsync("/members/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
        var asked = Assert.Single(portal.Searcher.AskedFor(text));
        Assert.False(asked.Reader.SeesEverything);
        Assert.Equal([MemberGroupNames.ManagementBoard], asked.Reader.Groups);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Search the members area", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main form[action='/members/search'] input#search-main"));
        Assert.NotNull(page.QuerySelector("nav.app-member-nav"));
        Assert.Equal("/members/files/x/minutes.pdf", page.QuerySelector(".app-search-result h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_members_search_refuses_what_the_public_page_refuses()
    {
        var client = await portal.SignInBoardMemberAsync();

        var response = await client.GetAsync("/members/search?q=a&q=b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await PortalFactory.ParseAsync(response)).QuerySelector(".govuk-error-summary a[href='#search-main']"));
    }

    [Fact]
    public async Task The_public_search_asks_as_the_public_even_for_a_signed_in_member()
    {
        var text = "public " + Guid.NewGuid().ToString("N")[..8];
        var client = await portal.SignInBoardMemberAsync();

        await client.GetAsync("/search?q=" + Uri.EscapeDataString(text));

        var asked = Assert.Single(portal.Searcher.AskedFor(text));
        Assert.Empty(asked.Reader.Groups);
    }

    [Fact]
    public async Task A_signed_in_members_header_box_searches_what_their_groups_may_read_and_the_publics_does_not()
    {
        var member = await portal.SignInBoardMemberAsync();

        var signedIn = await PortalFactory.ParseAsync(await member.GetAsync("/"));
        var anonymous = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync("/"));

        Assert.NotNull(signedIn.QuerySelector("header form[action='/members/search'] input[name='q']"));
        Assert.NotNull(anonymous.QuerySelector("header form[action='/search'] input[name='q']"));
        Assert.Null(anonymous.QuerySelector("form[action='/members/search']"));
    }
}
