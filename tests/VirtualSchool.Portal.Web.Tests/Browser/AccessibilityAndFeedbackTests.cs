using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>The site in a real browser: WCAG 2.2 AA checks with axe-core, and the enhanced feedback component.</summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityAndFeedbackTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{

    private async Task<IPage> OpenAsync(string path)
    {
        // Bypassing CSP lets the test inject axe-core; the site's own policy is tested over HTTP.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + path);
        return page;
    }

    [BrowserFact]
    public async Task Every_kind_of_page_passes_axe_core_WCAG_2_2_AA_checks()
    {
        var failures = new List<string>();
        foreach (var path in new[] { "/", "/statutory-guidance", "/statutory-guidance?audience=nobody", "/send-local-offer", "/admissions", "/about/management-board", "/no-such-page", "/privacy-notice", "/contact", "/cookies", "/designated-teachers", "/designated-teachers/personal-education-plans", "/designated-teachers/pupil-premium-plus", "/designated-teachers/the-designated-teacher-role", "/members/login", "/members/forgotten-password", "/members/resources", "/members/resources?format=exe" })
        {
            var page = await OpenAsync(path);
            failures.AddRange(await Axe.CheckAsync(page));
            await page.Context.CloseAsync();
        }

        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task With_javascript_a_reader_answers_and_comments_without_leaving_the_page()
    {
        var page = await OpenAsync("/send-local-offer");
        var url = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "No this page is not useful" }).ClickAsync();
        var comment = page.Locator("#feedback-comment");
        await comment.WaitForAsync();
        Assert.Equal(url, page.Url);
        Assert.Contains("Thank you for your feedback", await page.Locator(".app-feedback").InnerTextAsync(), StringComparison.Ordinal);

        await comment.FillAsync("Looking for the SENCO contact");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await page.Locator(".app-feedback__thanks").WaitForAsync();
        await Assertions.Expect(page.Locator("#feedback-comment")).ToHaveCountAsync(0);

        using var scope = fixture.Portal.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var entry = await db.Feedback.AsNoTracking().SingleAsync(f => f.Path == "/send-local-offer");
        Assert.False(entry.Useful);
        Assert.Equal("Looking for the SENCO contact", entry.Comment);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_skip_link_takes_keyboard_users_to_the_main_content()
    {
        var page = await OpenAsync("/admissions");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("Skip to main content", focused);
        // The fragment's navigation happens after the key press returns: wait for it rather than read the address at once.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main-content$"));
        await page.Context.CloseAsync();
    }
}
