using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Browser;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>The back-office search portal on a real port, for Chromium.</summary>
public sealed class BackOfficeSearchBrowserFixture() : BrowserFixture(new BackOfficeSearchFactory())
{
    public BackOfficeSearchFactory Search => (BackOfficeSearchFactory)Portal;
}

/// <summary>
/// The back office's search screens in a real browser: each passes axe-core's WCAG 2.2 AA checks (results, no
/// results, errors, the dashboard mid-rebuild, the tester, the synonyms screens); the header box leads to results;
/// the dashboard follows a rebuild by itself with JavaScript.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BackOfficeSearchBrowserTests(BackOfficeSearchBrowserFixture fixture) : IClassFixture<BackOfficeSearchBrowserFixture>
{
    private const string Password = "an administrator password";

    [BrowserFact]
    public async Task Every_search_screen_passes_axe_core_WCAG_2_2_AA_checks()
    {
        await fixture.Search.BookAsync("Axe Booker", $"axe.{Guid.NewGuid():N}@school.example");
        var synonyms = await fixture.Portal.Services.GetRequiredService<ISearchSynonyms>().GroupsAsync(CancellationToken.None);
        var page = await SignInAdministratorAsync();
        var failures = new List<string>();
        foreach (var (path, status) in new[]
        {
            ("/umbraco/search", 200), ("/umbraco/search?q=designated", 200), ("/umbraco/search?q=booker", 200),
            ("/umbraco/search?q=zzqqxxnothing", 200), ("/umbraco/search?q=designated&section=sessions", 200),
            ("/umbraco/search?q=" + new string('a', 201), 400), ("/umbraco/search?q=a&page=0", 400),
            ("/umbraco/settings/search", 200), ("/umbraco/settings/search/tester", 200),
            ("/umbraco/settings/search/tester?q=pupil+premium&reader=public", 200), ("/umbraco/settings/search/tester?index=Nope&q=x", 400),
            ("/umbraco/search/synonyms", 200), ("/umbraco/search/synonyms/new", 200),
            ($"/umbraco/search/synonyms/{synonyms[0].Id}", 200), ($"/umbraco/search/synonyms/{synonyms[0].Id}/delete", 200),
        })
        {
            failures.AddRange(await CheckAsync(page, path, status));
        }

        // A refused synonym group: the error summary and the field's error.
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/search/synonyms/new");
        await page.GetByLabel("Add a group of synonyms").FillAsync("only one");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("at least 2 terms");
        failures.AddRange(await Axe.CheckAsync(page));

        // The dashboard mid-rebuild, with its progress.
        fixture.Search.IndexAdmin.Override = () => [ControllableIndexAdmin.Status(SearchIndexNames.External, SearchIndexHealth.Rebuilding, 10, 40, 160)];
        try
        {
            failures.AddRange(await CheckAsync(page, "/umbraco/settings/search", 200));
        }
        finally
        {
            fixture.Search.IndexAdmin.Override = null;
        }

        await page.Context.CloseAsync();
        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task The_box_on_a_back_office_screen_finds_training_sessions()
    {
        var page = await SignInAdministratorAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/content");

        await page.GetByLabel("Search the back office").FillAsync("designated teacher");
        await page.GetByLabel("Search the back office").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco/search?q=designated+teacher");
        await Assertions.Expect(page.Locator("#group-sessions h2")).ToContainTextAsync("Training sessions");
        await page.Locator("#group-sessions li a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/umbraco/training/sessions/[0-9a-f-]{36}$"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_dashboard_follows_a_rebuild_to_its_end_by_itself()
    {
        var admin = fixture.Search.IndexAdmin;
        var done = 40;
        admin.Override = () => [ControllableIndexAdmin.Status(SearchIndexNames.Internal, SearchIndexHealth.Rebuilding, 0, done, 160)];
        try
        {
            var page = await SignInAdministratorAsync();
            await page.GotoAsync(fixture.BaseUrl + "/umbraco/settings/search");
            var row = page.Locator($"tr[data-index='{SearchIndexNames.Internal}']");
            await Assertions.Expect(row.Locator("[data-field='progress']")).ToHaveTextAsync("Rebuilding: 40 of 160 documents (25%)");
            await Assertions.Expect(page.Locator("#refresh")).ToBeHiddenAsync();

            done = 120;
            await Assertions.Expect(row.Locator("[data-field='progress']")).ToHaveTextAsync("Rebuilding: 120 of 160 documents (75%)", new() { Timeout = 10_000 });

            admin.Override = () => [ControllableIndexAdmin.Status(SearchIndexNames.Internal, SearchIndexHealth.Healthy, 160)];
            await Assertions.Expect(row.Locator("[data-field='health']")).ToHaveTextAsync("Healthy", new() { Timeout = 10_000 });
            await Assertions.Expect(row.Locator("[data-field='count']")).ToHaveTextAsync("160");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-rebuilding", "false");
            await page.Context.CloseAsync();
        }
        finally
        {
            admin.Override = null;
        }
    }

    private async Task<IPage> SignInAdministratorAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.Search.CreateAdministratorAsync(email, Password);
        // Bypassing CSP lets the test inject axe-core; the site's own policy is tested over HTTP.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(BackOfficeBrowser.TotpCode((await fixture.Search.AuthenticatorKeyAsync(email))!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco");
        return page;
    }

    private async Task<IReadOnlyList<string>> CheckAsync(IPage page, string path, int status)
    {
        var response = await page.GotoAsync(fixture.BaseUrl + path);
        Assert.True(response?.Status == status, $"{path} answered {response?.Status}, not {status}");
        return await Axe.CheckAsync(page);
    }
}
