using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Browser;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>Issue 14's "done when", in Chromium on the seeded site with the real engine and what fills it.</summary>
[Trait("Category", "Browser")]
public sealed class SearchJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_designated_teacher_types_pp_plus_funding_in_the_header_box_and_finds_the_Pupil_Premium_Plus_page_and_document()
    {
        await IndexBuiltAsync();
        var route = fixture.Portal.Services.GetRequiredService<IPublishedContentCache>().GetByKey(Guid.Parse("058b606b-9a09-4ade-a112-b65e90bf7cbc"))!.Route;
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.GetByLabel("Search this website").FillAsync("pp+ funding");
        await page.GetByLabel("Search this website").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/search?q=pp%2B+funding");
        await Assertions.Expect(page.Locator($".app-search-result h2 a[href='{route}']")).ToHaveCountAsync(1);
        var document = page.Locator(".app-search-result[data-kind='Document']").Filter(new() { HasText = "Pupil Premium Plus" });
        await Assertions.Expect(document.First).ToBeVisibleAsync();
        await Assertions.Expect(document.First.Locator(".app-search-result__meta")).ToContainTextAsync("Word document");
        await Assertions.Expect(page.Locator(".app-search-result__snippet mark").First).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    /// <summary>The engine builds the index in the background after start-up; the journey starts once it has.</summary>
    private async Task IndexBuiltAsync()
    {
        var admin = fixture.Portal.Services.GetRequiredService<ISearchIndexAdmin>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (admin.Statuses().Single(s => s.Name == SearchIndexNames.External) is not { Health: SearchIndexHealth.Healthy, DocumentCount: > 0 }
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
    }
}
