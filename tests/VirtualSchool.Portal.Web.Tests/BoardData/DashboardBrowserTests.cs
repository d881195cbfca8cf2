using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Browser;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>The dashboard's portal (terms built by the tests) served to a real browser.</summary>
public sealed class DashboardBrowserFixture() : BrowserFixture(new DashboardFactory())
{
    public DashboardFactory Dashboard => (DashboardFactory)Portal;
}

/// <summary>The Board's dashboard in Chromium, without JavaScript needed: charts, tables and c pass axe-core's WCAG 2.2 AA checks.</summary>
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(DashboardBrowserFixture fixture) : IClassFixture<DashboardBrowserFixture>
{
    [BrowserFact]
    public async Task The_dashboards_pages_pass_axe_core_WCAG_2_2_AA_checks_for_a_board_member()
    {
        var member = await fixture.Dashboard.CreateMemberAsync($"axe-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        // Bypassing CSP lets the test inject axe-core; the site's own policy is tested over HTTP.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/members/login?returnUrl=%2Fmembers%2Fboard%2Fdata");
        await page.GetByLabel("Email address").FillAsync(member.Email!);
        await page.GetByLabel("Password").FillAsync(MembersFactory.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("6-digit code").FillAsync(BackOfficeBrowser.TotpCode(await fixture.Dashboard.AuthenticatorKeyAsync(member)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/members/board/data");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Autumn term 2025/26");

        var failures = new List<string>(await Axe.CheckAsync(page));
        foreach (var path in new[] { "/members/board/data/" + DashboardTerms.Spring.Slug, "/members/board" })
        {
            var response = await page.GotoAsync(fixture.BaseUrl + path);
            Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status}");
            failures.AddRange(await Axe.CheckAsync(page));
        }

        // The "why c" details open with the keyboard alone.
        await page.GotoAsync(fixture.BaseUrl + "/members/board/data");
        await page.Locator("#about-c summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#about-c .govuk-details__text")).ToBeVisibleAsync();
        await context.CloseAsync();
        Assert.Empty(failures);
    }
}
