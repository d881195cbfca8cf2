using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>
/// The back office around the editor in Chromium: unsaved changes are not lost silently, the content tree opens and
/// loads its branches, nothing scrolls sideways on a phone, and axe finds nothing on the editing screens.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ContentShellBrowserTests(BackOfficeBrowserFixture fixture) : IClassFixture<BackOfficeBrowserFixture>
{
    private const string Password = "an editor's long password";
    private static readonly Guid Home = Guid.Parse("821d015e-2228-41c7-a5fa-82eee8400787");

    [BrowserFact]
    public async Task Leaving_an_edited_page_asks_first_and_saving_does_not()
    {
        var key = await NewPageAsync("Unsaved");
        var page = await SignInAsync();
        var dialogs = new List<string>();
        var beforeUnload = new TaskCompletionSource();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            // Always "stay on the page", so what was typed can be checked.
            await dialog.DismissAsync();
            if (dialog.Type == "beforeunload")
            {
                beforeUnload.TrySetResult();
            }
        };
        var edit = $"{fixture.BaseUrl}/umbraco/content/{key}";

        // Nothing changed: History opens without a question.
        await page.GotoAsync(edit);
        await page.Locator(".app-actions-menu summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(edit + "/history");
        Assert.Empty(dialogs);

        // Changed: a link in the tree asks, and staying keeps what was typed.
        await page.GotoAsync(edit);
        await page.Locator("#p-heading").FillAsync("Typed but not saved");
        await page.Locator("nav.app-tree").GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        Assert.Equal(["confirm"], dialogs);
        Assert.Equal(edit, page.Url);
        await Assertions.Expect(page.Locator("#p-heading")).ToHaveValueAsync("Typed but not saved");

        // Closing the tab (or the browser's back) asks through beforeunload.
        await page.CloseAsync(new() { RunBeforeUnload = true });
        await beforeUnload.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(["confirm", "beforeunload"], dialogs);

        // Saving is not leaving: no question, and the draft is saved.
        var second = await page.Context.NewPageAsync();
        second.Dialog += (_, dialog) => dialogs.Add(dialog.Type);
        await second.GotoAsync(edit);
        await second.Locator("#p-heading").FillAsync("Saved on purpose");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(second.Locator(".govuk-notification-banner")).ToContainTextAsync("has been saved as a draft");
        Assert.Equal(2, dialogs.Count);
        await Assertions.Expect(second.Locator("#p-heading")).ToHaveValueAsync("Saved on purpose");
    }

    [BrowserFact]
    public async Task The_tree_opens_and_closes_branches_and_loads_more_pages_on_demand()
    {
        var parent = await NewPageAsync("Branch");
        var content = fixture.Portal.Services.GetRequiredService<ContentService>();
        for (var i = 0; i < 55; i++)
        {
            await content.CreateAsync(new NewContent($"Leaf {i:D2}", "contentPage", parent, new Dictionary<string, string?> { ["heading"] = $"Leaf {i}" }));
        }

        var page = await SignInAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{parent}/history");
        var tree = page.Locator("nav.app-tree");
        var toggle = tree.GetByRole(AriaRole.Button, new() { Name = $"Pages below {await NameAsync(parent)}", Exact = true });

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        var branch = tree.Locator($"li[data-key='{parent}'] > ul");
        await Assertions.Expect(branch.Locator("> li.app-tree__item")).ToHaveCountAsync(50);
        await branch.GetByRole(AriaRole.Link, new() { Name = "Show more pages below" }).ClickAsync();
        await Assertions.Expect(branch.Locator("> li.app-tree__item")).ToHaveCountAsync(55);
        // Keyboard users carry on from the first page loaded.
        await Assertions.Expect(branch.GetByRole(AriaRole.Link, new() { Name = "Leaf 50", Exact = true })).ToBeFocusedAsync();

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(branch).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(branch.Locator("> li.app-tree__item")).ToHaveCountAsync(55);
        // The screen's own page stays the one highlighted.
        await Assertions.Expect(tree.Locator("a[aria-current='page']")).ToHaveAttributeAsync("href", $"/umbraco/content/{parent}");
    }

    [BrowserFact]
    public async Task At_375_pixels_no_content_screen_scrolls_sideways_and_the_tree_folds_away()
    {
        var (key, from, to) = await PageWithTwoVersionsAsync();
        var page = await SignInAsync(new ViewportSize { Width = 375, Height = 800 });
        var wide = await SignInAsync(new ViewportSize { Width = 1280, Height = 900 });
        string[] screens = ["/umbraco/content", $"/umbraco/content/{key}", $"/umbraco/content/{key}/history", $"/umbraco/content/{key}/history/compare?from={from}&to={to}"];

        var sideways = new List<string>();
        foreach (var (browser, screen) in screens.Select(s => (page, s)).Concat(screens.Select(s => (wide, s))))
        {
            await browser.GotoAsync(fixture.BaseUrl + screen);
            var sizes = await browser.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (sizes[0] > sizes[1])
            {
                // Which elements stick out, to say what to fix.
                var culprits = await browser.EvaluateAsync<string>(
                    "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w).slice(-3).map(e => e.tagName + '.' + e.className).join(', ')", sizes[1]);
                sideways.Add($"{screen} at {browser.ViewportSize!.Width} px: {sizes[0]} > {sizes[1]} ({culprits})");
            }
        }

        Assert.True(sideways.Count == 0, string.Join("\n", sideways));
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{key}");
        Assert.False(await page.Locator("[data-tree-disclosure]").EvaluateAsync<bool>("details => details.open"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" })).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Axe_finds_nothing_on_the_edit_screen_the_content_list_history_and_compare()
    {
        var (key, from, to) = await PageWithTwoVersionsAsync();
        var page = await SignInAsync();
        var failures = new List<string>();

        foreach (var screen in new[] { "/umbraco/content", $"/umbraco/content?parent={Home}", $"/umbraco/content/{key}", $"/umbraco/content/{key}/history", $"/umbraco/content/{key}/history/compare?from={from}&to={to}" })
        {
            await page.GotoAsync(fixture.BaseUrl + screen);
            failures.AddRange(await Axe.CheckAsync(page));
        }

        // With a branch opened by the script and the actions menu open.
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{key}");
        await page.Locator(".app-actions-menu summary").ClickAsync();
        await page.Locator("nav.app-tree").GetByRole(AriaRole.Button, new() { Name = "Pages below Home", Exact = true }).ClickAsync();
        failures.AddRange(await Axe.CheckAsync(page));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<Guid> NewPageAsync(string name)
    {
        var content = fixture.Portal.Services.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(new NewContent($"{name} {Guid.NewGuid():N}"[..(name.Length + 9)], "contentPage", Home, new Dictionary<string, string?> { ["heading"] = name }));
        Assert.True(created.Succeeded, created.Message);
        return created.Node!.Key;
    }

    private async Task<string> NameAsync(Guid key) =>
        (await fixture.Portal.Services.GetRequiredService<IContentRepository>().GetNodeAsync(key))!.Name;

    private async Task<(Guid Key, long From, long To)> PageWithTwoVersionsAsync()
    {
        var key = await NewPageAsync("Compared");
        var content = fixture.Portal.Services.GetRequiredService<ContentService>();
        await content.SaveAsync(key, await NameAsync(key), new Dictionary<string, string?>
        {
            ["heading"] = "Compared, with a rather long heading that must wrap within the page width on a phone",
            ["summary"] = "Averyveryveryverylongwordwithoutanyspacesthatwouldotherwisepushthepagesidewaysonanarrowscreen",
        });
        var versions = await fixture.Portal.Services.GetRequiredService<IContentRepository>().GetVersionsAsync(key);
        return (key, versions[1].Id, versions[0].Id);
    }

    private async Task<IPage> SignInAsync(ViewportSize? viewport = null)
    {
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.BackOffice.CreateUserAsync(email, Password, BackOfficeRoles.Editor);
        // Bypassing CSP lets axe-core be injected; the site's own policy is tested over HTTP.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", BypassCSP = true, ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login?returnUrl=%2Fumbraco%2Fcontent");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco/content");
        return page;
    }
}
