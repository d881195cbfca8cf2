using System.Net;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary><c>/search</c> through HTTP: what a results page shows of what the engine found, and what it asks the engine.</summary>
[Trait("Category", "Integration")]
public sealed class SearchPageTests(SearchPageFactory portal) : IClassFixture<SearchPageFactory>
{
    [Fact]
    public async Task The_search_page_without_words_shows_the_box_and_asks_the_engine_nothing()
    {
        var before = portal.Searcher.Asked.Count;
        var response = await portal.CreateClient().GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("form[action='/search'][method='get'] input#search-main[name='q']"));
        Assert.Equal("Search this website", page.QuerySelector("label[for='search-main']")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#result-count"));
        Assert.Equal(before, portal.Searcher.Asked.Count);
    }

    [Fact]
    public async Task Results_show_title_link_section_highlighted_snippet_UK_date_and_a_documents_size_and_format()
    {
        var text = "results " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, 2,
            SearchResultsFor.Page("Pupil Premium Plus <b>2026</b>", "/schools/pupil-premium-plus", "the &lt;pupil&gt; <mark>premium</mark> plus"),
            SearchResultsFor.Document("PP+ conditions of grant", "/media/vsmb2604/pupil-premium-plus-2026-27.docx", 58_993, "Word document")));

        var response = await portal.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("2 results", page.QuerySelector("#result-count")!.TextContent.Trim());
        var results = page.QuerySelectorAll(".app-search-result");
        Assert.Equal(2, results.Length);
        var first = results[0];
        Assert.Equal("/schools/pupil-premium-plus", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Pupil Premium Plus <b>2026</b>", first.QuerySelector("h2 a")!.TextContent);
        Assert.Contains("Schools", first.QuerySelector(".app-search-result__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Updated 2 July 2026", first.QuerySelector(".app-search-result__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("premium", first.QuerySelector(".app-search-result__snippet mark")!.TextContent);
        Assert.Contains("the <pupil> premium plus", first.QuerySelector(".app-search-result__snippet")!.TextContent, StringComparison.Ordinal);
        var document = results[1];
        Assert.Equal("/media/vsmb2604/pupil-premium-plus-2026-27.docx", document.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("Word document, 57.61 KB", document.QuerySelector(".app-search-result__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Document", document.QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);

        var asked = Assert.Single(portal.Searcher.AskedFor(text));
        Assert.True(asked.Reader.Groups.Count == 0 && !asked.Reader.SeesEverything);
        Assert.Equal(SearchIndexNames.External, portal.Searcher.Asked.Last(a => a.Request.Text == text).Index);
        Assert.Empty(asked.Kinds);
        Assert.Null(asked.Audience);
        Assert.Equal(SearchSort.Relevance, asked.Sort);
    }

    [Fact]
    public async Task The_kind_filter_and_sort_reach_the_engine_and_each_kind_shows_its_count()
    {
        var text = "kinds " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, 3, SearchResultsFor.Page("A guide", "/a")));

        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(text)}&kind=guidance&sort=newest"));

        var asked = Assert.Single(portal.Searcher.AskedFor(text));
        Assert.Equal([SearchKind.Guidance], asked.Kinds);
        Assert.Equal(SearchSort.Newest, asked.Sort);
        Assert.True(page.QuerySelector("#kind-guidance")!.HasAttribute("checked"));
        Assert.Equal("Guidance (3)", page.QuerySelector("label[for='kind-guidance']")!.TextContent.Trim());
        Assert.Equal("Documents (2)", page.QuerySelector("label[for='kind-documents']")!.TextContent.Trim());
        Assert.Equal("Pages (0)", page.QuerySelector("label[for='kind-pages']")!.TextContent.Trim());
        Assert.Equal("All (6)", page.QuerySelector("label[for='kind']")!.TextContent.Trim());
        Assert.Equal("newest", page.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_audience_is_chosen_by_its_slug_and_searched_by_its_words()
    {
        var text = "audience " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, r.Audience is null ? 5 : 1, SearchResultsFor.Page("For carers", "/c")));

        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(text)}&audience=foster-carers"));

        Assert.Equal("Foster carers", portal.Searcher.AskedFor(text)[^1].Audience);
        Assert.Equal("1 result", page.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Equal(["", "foster-carers", "schools-and-designated-teachers"], page.QuerySelectorAll("#audience option").Select(o => o.GetAttribute("value")!));
        Assert.Equal("Foster carers (1)", page.QuerySelector("#audience option[selected]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_audience_the_words_do_not_find_has_no_results_and_offers_to_remove_the_filters()
    {
        var text = "nobody " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, 5, SearchResultsFor.Page("Something", "/s")));

        var response = await portal.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(text)}&audience=astronauts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("0 results", page.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.All(portal.Searcher.AskedFor(text), r => Assert.Null(r.Audience));
        Assert.Equal("/search?q=" + Uri.EscapeDataString(text), page.QuerySelector("#no-results a[href^='/search']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_results_say_how_to_search_better_and_offer_the_suggestion_as_a_link()
    {
        var text = "pupl premum " + Guid.NewGuid().ToString("N")[..4];
        portal.Searcher.Answer(text, r => new SearchResults { Total = 0, Hits = [], Suggestion = "pupil premium" });

        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(text)));

        Assert.NotNull(page.QuerySelector("#no-results"));
        var suggestion = page.QuerySelector("#suggestion a")!;
        Assert.Equal("pupil premium", suggestion.TextContent);
        Assert.Equal("/search?q=pupil%20premium", suggestion.GetAttribute("href"));
        Assert.Contains("sign in to search them", page.QuerySelector("#no-results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_index_is_rebuilt_the_page_says_results_may_be_missing()
    {
        var text = "rebuilding " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, 1, SearchResultsFor.Page("A page", "/p")) with { Complete = false });

        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(text)));

        Assert.Contains("some results may be missing", page.QuerySelector("#search-incomplete")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_results_are_paged_with_GOV_UK_pagination_keeping_the_filters()
    {
        var text = "paged " + Guid.NewGuid().ToString("N")[..8];
        portal.Searcher.Answer(text, r => SearchResultsFor.Of(r, 95, Enumerable.Range(1, 20).Select(i => SearchResultsFor.Page($"Page {i}", $"/p{i}")).ToArray()));
        var q = Uri.EscapeDataString(text);

        var page = await PortalFactory.ParseAsync(await portal.CreateClient().GetAsync($"/search?q={q}&kind=guidance&page=3"));

        Assert.Equal(3, portal.Searcher.AskedFor(text).Single().Page);
        Assert.Equal(20, portal.Searcher.AskedFor(text).Single().PageSize);
        Assert.Equal($"/search?q={q}&kind=guidance&page=2", page.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"));
        Assert.Equal($"/search?q={q}&kind=guidance&page=4", page.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
        Assert.Equal(["1", "2", "3", "4", "5"], page.QuerySelectorAll(".govuk-pagination__item a").Select(a => a.TextContent.Trim()));
        Assert.Equal("3", page.QuerySelector(".govuk-pagination__item--current a")!.TextContent.Trim());
        Assert.Equal($"/search?q={q}&kind=guidance", page.QuerySelector("a[aria-label='Page 1']")!.GetAttribute("href"));
    }
}
