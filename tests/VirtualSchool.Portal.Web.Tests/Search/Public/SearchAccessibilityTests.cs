using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Browser;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>The search pages in Chromium with scripted results, so every state is drawn: axe-core's WCAG 2.2 AA checks.</summary>
[Trait("Category", "Browser")]
public sealed class SearchAccessibilityTests(SearchBrowserFixture fixture) : IClassFixture<SearchBrowserFixture>
{
    [BrowserFact]
    public async Task Search_results_no_results_and_errors_pass_axe_core_WCAG_2_2_AA_checks()
    {
        var searcher = fixture.Search.Searcher;
        searcher.Answer("pupil premium", r => SearchResultsFor.Of(r, 95, Enumerable.Range(1, 20)
            .Select(i => i % 3 == 0
                ? SearchResultsFor.Document($"Pupil premium plus conditions {i}", $"/media/x/{i}.pdf", 1000L * i, "PDF")
                : SearchResultsFor.Page($"Pupil premium plus {i}", $"/schools/p{i}", "how the <mark>pupil</mark> <mark>premium</mark> plus is spent"))
            .ToArray()) with { Complete = false });
        searcher.Answer("pupl premum", _ => new SearchResults { Total = 0, Hits = [], Suggestion = "pupil premium" });

        var page = await NewPageAsync();
        var failures = new List<string>();
        foreach (var path in new[]
        {
            "/search", "/search?q=pupil+premium", "/search?q=pupil+premium&kind=guidance&audience=foster-carers&sort=newest&page=2",
            "/search?q=pupl+premum", "/search?q=pupil&kind=nothing&sort=oldest&page=0", "/search?q=" + new string('x', 201),
            "/no-such-page",
        })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            failures.AddRange(await Axe.CheckAsync(page));
        }

        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task The_header_box_searches_without_JavaScript_and_the_members_search_passes_axe_core_checks()
    {
        fixture.Search.Searcher.Answer("board papers", r => SearchResultsFor.Of(r, 1, SearchResultsFor.Document("Autumn papers", "/members/files/a/papers.pdf", 4096, "PDF")));
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.GetByLabel("Search this website").First.FillAsync("board papers");
        await page.Locator("header form[role=search] button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/search?q=board+papers");
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("1 result");
        await context.CloseAsync();

        var member = await fixture.Search.CreateMemberAsync($"search-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var signedIn = await NewPageAsync();
        await signedIn.GotoAsync(fixture.BaseUrl + "/members/search?q=board+papers");
        await signedIn.GetByLabel("Email address").FillAsync(member.Email!);
        await signedIn.GetByLabel("Password").FillAsync(MembersFactory.MemberPassword);
        await signedIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(signedIn).ToHaveURLAsync(fixture.BaseUrl + "/members/search?q=board+papers");
        var failures = new List<string>(await Axe.CheckAsync(signedIn));
        await signedIn.GotoAsync(fixture.BaseUrl + "/members/search?q=a&q=b");
        failures.AddRange(await Axe.CheckAsync(signedIn));

        Assert.Empty(failures);
    }

    private async Task<IPage> NewPageAsync()
    {
        // Bypassing CSP lets the test inject axe-core; the site's own policy is tested over HTTP.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        return await context.NewPageAsync();
    }
}
