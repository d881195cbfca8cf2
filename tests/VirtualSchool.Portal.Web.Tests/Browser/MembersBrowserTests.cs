using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>The browser fixture on a portal with the members' test settings.</summary>
public sealed class MembersBrowserFixture() : BrowserFixture(new MembersFactory())
{
    public MembersFactory Members => (MembersFactory)Portal;
}

/// <summary>A Board member signs in with their authenticator app in a real browser and downloads a paper.</summary>
[Trait("Category", "Browser")]
public sealed class MembersBrowserTests(MembersBrowserFixture fixture) : IClassFixture<MembersBrowserFixture>
{
    [BrowserFact]
    public async Task A_board_member_signs_in_from_a_protected_page_and_downloads_a_paper()
    {
        var member = await fixture.Members.CreateMemberAsync($"board-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", AcceptDownloads = true });
        var page = await context.NewPageAsync();

        // A protected page sends the reader to sign in, and back.
        await page.GotoAsync(fixture.BaseUrl + "/members/board/autumn-term-2026-meeting");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to the members area");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveAttributeAsync("autocomplete", "username");
        await page.GetByLabel("Email address").FillAsync(member.Email!);
        await page.GetByLabel("Password").FillAsync(MembersFactory.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enter the code from your authenticator app");
        await page.GetByLabel("6-digit code").FillAsync(BackOfficeBrowser.TotpCode(await fixture.Members.AuthenticatorKeyAsync(member)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/members/board/autumn-term-2026-meeting");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Autumn term 2026 meeting");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Termly data report: autumn 2026" }).ClickAsync());
        Assert.Equal("termly-data-report-autumn-2026.docx", download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.True(new FileInfo(saved).Length > 1000);

        // Signing out ends access.
        await page.GotoAsync(fixture.BaseUrl + "/members");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You have signed out.");
        await page.GotoAsync(fixture.BaseUrl + "/members/board");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to the members area");
    }
}
