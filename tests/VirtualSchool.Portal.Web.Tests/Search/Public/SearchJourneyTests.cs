using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Browser;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>Issue 14's "done when", in Chromium on the seeded site with the real engine and what fills it.</summary>
[Trait("Category", "Browser")]
public sealed class SearchJourneyTests(MembersBrowserFixture fixture) : IClassFixture<MembersBrowserFixture>
{
    [BrowserFact]
    public async Task A_designated_teacher_types_pp_plus_funding_in_the_header_box_and_finds_the_Pupil_Premium_Plus_page_and_document()
    {
        await IndexBuiltAsync();
        var route = fixture.Portal.Services.GetRequiredService<IPublishedContentCache>().GetByKey(Guid.Parse("058b606b-9a09-4ade-a112-b65e90bf7cbc"))!.Route;
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();

        // Anyone: the page, and the public documents that speak of it; never a Board paper.
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.GetByLabel("Search this website").FillAsync("pp+ funding");
        await page.GetByLabel("Search this website").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/search?q=pp%2B+funding");
        await Assertions.Expect(page.Locator($".app-search-result h2 a[href='{route}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".app-search-result[data-kind='Document']").First.Locator(".app-search-result__meta")).ToContainTextAsync("Word document");
        await Assertions.Expect(page.Locator(".app-search-result__snippet mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("a[href*='/media/vsmb']")).ToHaveCountAsync(0);

        // A designated teacher who is a member: the same words on the members' search also find the PP+ document for them.
        var member = await fixture.Members.CreateMemberAsync($"dt-{Guid.NewGuid():N}@school.test", false, MemberGroupNames.DesignatedTeachers);
        await page.GotoAsync(fixture.BaseUrl + "/members/search?q=pp%2B+funding");
        await page.GetByLabel("Email address").FillAsync(member.Email!);
        await page.GetByLabel("Password").FillAsync(MembersFactory.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/members/search?q=pp%2B+funding");
        await Assertions.Expect(page.Locator($".app-search-result h2 a[href='{route}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".app-search-result[data-kind='Document'] h2 a[href$='governors-questions-pupil-premium-plus.docx']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("a[href*='/media/vsmb']")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    /// <summary>The engine builds the index in the background after start-up; the journey starts once it has.</summary>
    private async Task IndexBuiltAsync()
    {
        var admin = fixture.Portal.Services.GetRequiredService<ISearchIndexAdmin>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (admin.Statuses().Single(s => s.Name == SearchIndexNames.External) is not { Health: SearchIndexHealth.Healthy, DocumentCount: > 0 }
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
    }
}
