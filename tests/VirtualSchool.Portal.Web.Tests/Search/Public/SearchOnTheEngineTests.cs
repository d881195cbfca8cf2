using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>
/// The search pages on the real engine (documents indexed straight through <see cref="ISearchIndexer"/>): what a member's
/// groups may read never reaches the public page (results, counts, suggestions), and what the engine highlights is shown
/// as written and safely.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SearchOnTheEngineTests(SearchOnTheEngineTests.EngineFactory portal) : IClassFixture<SearchOnTheEngineTests.EngineFactory>
{
    /// <summary>The portal with its own engine, and room in the search rate limit for a test that waits for results.</summary>
    public sealed class EngineFactory : MembersFactory
    {
        protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?> { ["Portal:Search:PermitsPerMinute"] = "10000" };
    }

    [Fact]
    public async Task A_document_for_Board_members_is_found_only_by_Board_members_and_never_counted_for_the_public()
    {
        var word = "quokkamarine";
        await IndexAsync(
            new SearchDocument
            {
                Id = "content:" + Guid.NewGuid(), Kind = SearchKind.Guidance, Title = "Guidance on the " + word, Url = "/schools/" + word,
                Section = "Schools", Text = "Everyone may read about the " + word + ".", Audiences = ["Foster carers"],
            },
            new SearchDocument
            {
                Id = "media:" + Guid.NewGuid(), Kind = SearchKind.Document, Title = "Board paper: " + word + " zebrafinance budget",
                Url = "/members/files/" + word + ".pdf", Text = "Secret figures for the " + word + " and the stratospheric budget.",
                AllowedGroups = new HashSet<string> { MemberGroupNames.ManagementBoard }, Audiences = ["Quokka trustees"], Bytes = 4096, Format = "PDF",
            });

        var publicPage = await WaitForAsync(portal.CreateClient(), "/search?q=" + word, 1);
        var html = publicPage.DocumentElement.OuterHtml;
        Assert.DoesNotContain("zebrafinance", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Quokka trustees", html, StringComparison.Ordinal);
        Assert.Equal("Documents (0)", publicPage.QuerySelector("label[for='kind-documents']")!.TextContent.Trim());
        Assert.Equal("Guidance (1)", publicPage.QuerySelector("label[for='kind-guidance']")!.TextContent.Trim());
        var misspelt = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync("/search?q=stratospherik"));
        Assert.Equal("0 results", misspelt.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Null(misspelt.QuerySelector("#suggestion"));

        var board = await WaitForAsync(await portal.SignInBoardMemberAsync(), "/members/search?q=" + word, 2);
        Assert.Equal("/members/files/" + word + ".pdf", board.QuerySelector(".app-search-result[data-kind='Document'] h2 a")!.GetAttribute("href"));
        Assert.Equal("Documents (1)", board.QuerySelector("label[for='kind-documents']")!.TextContent.Trim());

        var governor = await portal.SignInMemberAsync(await portal.CreateMemberAsync($"gov-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors));
        // Waited for as the others are: the index's reader may not yet be reopened for a newly signed-in member's search.
        var governorPage = await WaitForAsync(governor, "/members/search?q=" + word, 1);
        Assert.Equal("1 result", governorPage.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.DoesNotContain("zebrafinance", governorPage.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Markup_in_a_title_or_text_is_shown_as_text_and_only_the_matched_words_are_marked()
    {
        var word = "wallabyscript";
        await IndexAsync(new SearchDocument
        {
            Id = "content:" + Guid.NewGuid(), Kind = SearchKind.Page, Title = "<script>alert(1)</script> " + word, Url = "/x",
            Text = "Before <img src=x onerror=alert(2)> the " + word + " & after.",
        });

        var page = await WaitForAsync(portal.CreateClient(), "/search?q=" + word, 1);

        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Equal("<script>alert(1)</script> " + word, page.QuerySelector(".app-search-result h2 a")!.TextContent);
        var snippet = page.QuerySelector(".app-search-result__snippet")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains("<img src=x onerror=alert(2)>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_for_nothing_the_index_holds_has_a_helpful_page_and_odd_text_is_never_an_error()
    {
        foreach (var text in new[] { "\"unclosed", "title:* AND (OR", "a~2 b^3 [x TO y]", "\\", "--", "pp+" })
        {
            var response = await portal.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(text));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{text}: {response.StatusCode}");
        }

        var none = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync("/search?q=xylophonequartz"));
        Assert.NotNull(none.QuerySelector("#no-results"));
    }

    /// <summary>
    /// Indexes once the index is open: the engine opens (or first builds) it in the background after start-up, and a write
    /// before that is not kept.
    /// </summary>
    private async Task IndexAsync(params SearchDocument[] documents)
    {
        var admin = portal.Services.GetRequiredService<ISearchIndexAdmin>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (admin.Statuses().Single(s => s.Name == SearchIndexNames.External).Health != SearchIndexHealth.Healthy && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await portal.Services.GetRequiredService<ISearchIndexer>().IndexAsync(SearchIndexNames.External, documents, CancellationToken.None);
    }

    /// <summary>The page once it shows this many results: the index may still be opening when the host has just started.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> WaitForAsync(HttpClient client, string path, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
            if (page.QuerySelectorAll(".app-search-result").Length == count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, page.QuerySelectorAll(".app-search-result").Length);
                return page;
            }

            await Task.Delay(250);
        }
    }
}
