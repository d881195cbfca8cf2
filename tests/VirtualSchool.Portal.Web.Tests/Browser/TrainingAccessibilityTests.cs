using System.Text.Json;
using Microsoft.Playwright;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>The training pages in a real browser: axe-core's WCAG 2.2 AA checks along the whole booking journey.</summary>
public sealed class TrainingAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string AxeScript = File.ReadAllText(Path.Combine(PortalFactory.RepositoryRoot, "node_modules", "axe-core", "axe.min.js"));

    private static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });" +
            " return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')') }; }");
        Assert.True(result.GetProperty("passes").GetInt32() > 10, $"axe-core checked almost nothing on {page.Url}");
        return result.GetProperty("violations").EnumerateArray().Select(v => $"{page.Url}: {v.GetString()}").ToList();
    }

    [BrowserFact]
    public async Task The_catalogue_the_booking_form_its_errors_and_the_manage_page_pass_axe_core_WCAG_2_2_AA_checks()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in new[] { "/training", "/training?audience=nobody", "/training/designated-teacher-induction" })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            failures.AddRange(await AxeAsync(page));
        }

        var book = await page.Locator(".app-session a[href*='/book/']").First.GetAttributeAsync("href");
        await page.GotoAsync(fixture.BaseUrl + book);
        failures.AddRange(await AxeAsync(page));

        // Sent empty: the error summary and the fields' messages.
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        failures.AddRange(await AxeAsync(page));

        await page.FillAsync("#name", "Ada Lovelace");
        await page.FillAsync("#email", $"ada-{Guid.NewGuid():N}@school.test");
        await page.CheckAsync("#role");
        await page.FillAsync("#organisation", "Anytown Academy");
        await page.CheckAsync("#consent");
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#notice");
        failures.AddRange(await AxeAsync(page));
        await context.CloseAsync();

        Assert.Empty(failures);
    }
}
