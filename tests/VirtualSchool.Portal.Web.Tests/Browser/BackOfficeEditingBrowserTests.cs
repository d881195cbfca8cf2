using Microsoft.Playwright;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>The browser fixture on a portal with the back office's settings (its first administrator and sign-in limits).</summary>
public sealed class BackOfficeBrowserFixture() : BrowserFixture(new BackOfficeFactory())
{
    public BackOfficeFactory BackOffice => (BackOfficeFactory)Portal;
}

/// <summary>An editor changes a page in a real browser, from the content tree to the public site.</summary>
[Trait("Category", "Browser")]
public sealed class BackOfficeEditingBrowserTests(BackOfficeBrowserFixture fixture) : IClassFixture<BackOfficeBrowserFixture>
{
    [BrowserFact]
    public async Task An_editor_finds_admissions_in_the_tree_changes_its_heading_publishes_and_readers_see_it()
    {
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.BackOffice.CreateUserAsync(email, "an editor's long password", BackOfficeRoles.Editor);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login?returnUrl=%2Fumbraco%2Fcontent");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("an editor's long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco/content");

        // The content tree opens Home's branch in place (fetched by its script), and Admissions is in it.
        var tree = page.GetByRole(AriaRole.Navigation, new() { Name = "Content tree" });
        await tree.GetByRole(AriaRole.Button, new() { Name = "Pages below Home", Exact = true }).ClickAsync();
        await tree.GetByRole(AriaRole.Link, new() { Name = "Admissions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Admissions");
        await page.Locator("#p-heading").FillAsync("Admissions, changed in a browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("has been saved and published");

        await page.GotoAsync(fixture.BaseUrl + "/admissions");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Admissions, changed in a browser");
    }
}
