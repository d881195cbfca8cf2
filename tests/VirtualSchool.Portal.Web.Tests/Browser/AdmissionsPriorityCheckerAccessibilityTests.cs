using Microsoft.Playwright;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>
/// The admissions priority checker in a real browser: axe-core's WCAG 2.2 AA checks on each kind of page (start,
/// question, question with its error, check your answers, result), clicking through as a reader does.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AdmissionsPriorityCheckerAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Every_kind_of_page_of_the_priority_checker_passes_axe_core_WCAG_2_2_AA_checks()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        await page.GotoAsync(fixture.BaseUrl + "/admissions/priority-checker");
        failures.AddRange(await Axe.CheckAsync(page));
        await page.Locator("main a.govuk-button--start").ClickAsync();
        await page.WaitForSelectorAsync("legend h1");
        failures.AddRange(await Axe.CheckAsync(page));

        // Continue with nothing chosen: the error summary and the radios' error message.
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        failures.AddRange(await Axe.CheckAsync(page));

        foreach (var answer in new[] { "left-care", "adoption", "faith" })
        {
            await page.Locator($"main input[type=radio][value='{answer}']").CheckAsync();
            await page.Locator("main form button[type=submit]").ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        await page.WaitForSelectorAsync(".govuk-summary-list");
        failures.AddRange(await Axe.CheckAsync(page));
        await page.Locator("main a.govuk-button").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-tag");
        failures.AddRange(await Axe.CheckAsync(page));
        await context.CloseAsync();

        Assert.Empty(failures);
    }
}
