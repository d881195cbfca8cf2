using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>
/// The pages behind a sign-in, in a real browser: every back-office screen as the role that uses it, and the
/// members area as a Board member, all checked with axe-core against WCAG 2.2 AA.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SignedInAccessibilityTests(MembersBrowserFixture fixture) : IClassFixture<MembersBrowserFixture>
{
    private const string Password = "a long enough password";

    [BrowserFact]
    public async Task Every_back_office_screen_passes_axe_core_WCAG_2_2_AA_checks_for_the_role_that_uses_it()
    {
        var admissions = fixture.Portal.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/admissions")!.Key;
        Guid session, media;
        await using (var db = await fixture.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            session = await db.TrainingSessions.OrderBy(s => s.StartsAt).Select(s => s.Key).FirstAsync();
            media = (await db.MediaItems.Where(m => !m.Trashed).ToListAsync()).First(m => !m.IsFolder).Key;
        }

        var failures = new List<string>();
        failures.AddRange(await CheckAsync(await SignInAsync(BackOfficeRoles.Editor),
            "/umbraco", "/umbraco/content", $"/umbraco/content/{admissions}", $"/umbraco/content/{admissions}/history",
            $"/umbraco/content/{admissions}/schedule", $"/umbraco/content/{admissions}/move", $"/umbraco/content/{admissions}/copy",
            $"/umbraco/content/{admissions}/public-access", "/umbraco/content/sort", "/umbraco/content/recycle-bin",
            "/umbraco/media", $"/umbraco/media/{media}/public-access", "/umbraco/media/recycle-bin", "/umbraco/feedback", "/umbraco/redirects"));
        failures.AddRange(await CheckAsync(await SignInAsync(BackOfficeRoles.TrainingCoordinator),
            "/umbraco/training", "/umbraco/training/sessions/new", $"/umbraco/training/sessions/{session}",
            $"/umbraco/training/sessions/{session}/edit", "/umbraco/training/evaluations"));
        failures.AddRange(await CheckAsync(await SignInAsync(BackOfficeRoles.BoardClerk),
            "/umbraco/members", "/umbraco/members/invite", "/umbraco/members/board"));
        failures.AddRange(await CheckAsync(await SignInAsync(BackOfficeRoles.DataOfficer),
            "/umbraco/board-data", "/umbraco/board-data/upload", "/umbraco/board-data/2025-26-summer",
            "/umbraco/board-data/2025-26-summer/versions", "/umbraco/board-data/2025-26-summer/versions/1"));
        failures.AddRange(await CheckAsync(await SignInAdministratorAsync(),
            "/umbraco/users", "/umbraco/users/invite", "/umbraco/members/groups", "/umbraco/audit", "/umbraco/jobs",
            "/umbraco/email", "/umbraco/usync", "/umbraco/account/two-factor"));

        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task A_data_officers_upload_with_errors_lists_them_all_and_passes_axe_core_WCAG_2_2_AA_checks()
    {
        var page = await SignInAsync(BackOfficeRoles.DataOfficer);
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/board-data/upload");
        await page.GetByLabel("Term").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("File (.xlsx or .csv)").SetInputFilesAsync(new FilePayload
        {
            Name = "figures.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("measure,group,count,cohort,value,national\nattendence,all,,40,91.5,\ncohort,all,300,,,\nsuspensions,all,12,10,,\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.True(await summary.Locator("li").CountAsync() >= 2, await summary.InnerTextAsync());
        var failures = await Axe.CheckAsync(page);
        await page.Context.CloseAsync();
        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task The_members_area_passes_axe_core_WCAG_2_2_AA_checks_for_a_signed_in_board_member()
    {
        var member = await fixture.Members.CreateMemberAsync($"axe-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard, MemberGroupNames.Governors);
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/members/login");
        await page.GetByLabel("Email address").FillAsync(member.Email!);
        await page.GetByLabel("Password").FillAsync(MembersFactory.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("6-digit code").FillAsync(BackOfficeBrowser.TotpCode(await fixture.Members.AuthenticatorKeyAsync(member)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/members");

        Assert.Empty(await CheckAsync(page, "/members", "/members/board", "/members/board/autumn-term-2026-meeting", "/members/resources", "/members/account"));
    }

    private async Task<IPage> NewPageAsync()
    {
        // Bypassing CSP lets the test inject axe-core; the site's own policy is tested over HTTP.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    private async Task<IPage> SignInAsync(string role)
    {
        var email = $"{role.Replace(' ', '-').ToLowerInvariant()}-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.Members.CreateUserAsync(email, Password, role);
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco");
        return page;
    }

    private async Task<IPage> SignInAdministratorAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.Members.CreateAdministratorAsync(email, Password);

        var page = await NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(BackOfficeBrowser.TotpCode((await fixture.Members.AuthenticatorKeyAsync(email))!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco");
        return page;
    }

    /// <summary>Opens each page (each must answer 200) and collects axe-core's violations.</summary>
    private async Task<IReadOnlyList<string>> CheckAsync(IPage page, params string[] paths)
    {
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(fixture.BaseUrl + path);
            Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status}");
            failures.AddRange(await Axe.CheckAsync(page));
        }

        await page.Context.CloseAsync();
        return failures;
    }
}
