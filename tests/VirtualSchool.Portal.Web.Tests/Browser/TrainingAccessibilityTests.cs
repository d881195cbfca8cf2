using Microsoft.Playwright;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>The training pages in a real browser: axe-core's WCAG 2.2 AA checks along the whole booking journey.</summary>
[Trait("Category", "Browser")]
public sealed class TrainingAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_catalogue_the_booking_form_its_errors_and_the_manage_page_pass_axe_core_WCAG_2_2_AA_checks()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in new[] { "/training", "/training?audience=nobody", "/training/designated-teacher-induction" })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            failures.AddRange(await Axe.CheckAsync(page));
        }

        var book = await page.Locator(".app-session a[href*='/book/']").First.GetAttributeAsync("href");
        await page.GotoAsync(fixture.BaseUrl + book);
        failures.AddRange(await Axe.CheckAsync(page));

        // Sent empty: the error summary and the fields' messages.
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        failures.AddRange(await Axe.CheckAsync(page));

        await page.FillAsync("#name", "Ada Lovelace");
        await page.FillAsync("#email", $"ada-{Guid.NewGuid():N}@school.test");
        await page.CheckAsync("#role");
        await page.FillAsync("#organisation", "Anytown Academy");
        await page.CheckAsync("#consent");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#notice");
        failures.AddRange(await Axe.CheckAsync(page));
        await context.CloseAsync();

        Assert.Empty(failures);
    }
}
