using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>
/// An editor writes rich text in the back office's Tiptap editor in Chromium: headings, a link to a page through the
/// link dialog's page search, a link to a Word document through its media search, saved in Umbraco's local-link
/// format; pasting from Word; the plain textarea without JavaScript; axe on the editor and its dialog.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RichTextEditorBrowserTests(BackOfficeBrowserFixture fixture) : IClassFixture<BackOfficeBrowserFixture>
{
    private const string Password = "an editor's long password";
    private const string AdmissionsKey = "d2e84d00-479a-4965-9b11-3f002de098e0";

    [BrowserFact]
    public async Task An_editor_writes_a_heading_and_links_a_page_and_a_document_which_are_stored_as_local_links()
    {
        var content = await RichTextTestContent.CreateAsync(fixture.BackOffice);
        var (page, problems) = await SignInAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{content.Page}");

        await WriteLinkedTextAsync(page, content);

        var posted = await page.Locator("#p-body").InputValueAsync();
        var links = new HtmlParser().ParseDocument(posted).QuerySelectorAll("a");
        Assert.Collection(
            links,
            a => Assert.Equal(("document", $"/{{localLink:{content.Target}}}", "respite care"), (a.GetAttribute("type"), a.GetAttribute("href"), a.TextContent)),
            a => Assert.Equal(("media", $"/{{localLink:{content.File}}}", content.FileName), (a.GetAttribute("type"), a.GetAttribute("href"), a.TextContent)));
        Assert.StartsWith("<h2>Who can have a short break</h2><p>Read about <a ", posted, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("has been saved and published");

        var stored = await content.StoredBodyAsync(fixture.BackOffice);
        Assert.Contains($"href=\"/{{localLink:{content.Target}}}\"", stored, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{{localLink:{content.File}}}\"", stored, StringComparison.Ordinal);
        Assert.Contains("<h2>Who can have a short break</h2>", stored, StringComparison.Ordinal);
        // The editor shows what was saved, links and all, when the page opens again.
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Body (optional)" }).GetByRole(AriaRole.Link, new() { Name = "respite care" })).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // What readers get from the editor's links: the page's current route (after a move too) and the file's URL with
    // its size and format.
    [BrowserFact]
    public async Task Readers_follow_the_links_the_editor_picked_to_the_page_and_the_document()
    {
        var content = await RichTextTestContent.CreateAsync(fixture.BackOffice);
        var (page, _) = await SignInAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{content.Page}");
        await WriteLinkedTextAsync(page, content);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("has been saved and published");
        Assert.Contains("type=\"document\"", await content.StoredBodyAsync(fixture.BackOffice), StringComparison.Ordinal);

        var reader = await (await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" })).NewPageAsync();
        await reader.GotoAsync(fixture.BaseUrl + fixture.BackOffice.Services.GetRequiredService<IPublishedContentCache>().GetByKey(content.Page)!.Route);
        var file = reader.GetByRole(AriaRole.Link, new() { Name = content.FileName });
        await Assertions.Expect(file).ToHaveAttributeAsync("href", content.FileUrl);
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("File format: docx");
        var linkingRoute = reader.Url;
        await reader.GetByRole(AriaRole.Link, new() { Name = "respite care", Exact = true }).ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(fixture.BaseUrl + content.TargetRoute);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(content.TargetName);

        // The linked page moves under Admissions: the link follows it to its new address.
        var services = fixture.BackOffice.Services;
        Assert.True((await services.GetRequiredService<ContentService>().MoveAsync(content.Target, Guid.Parse(AdmissionsKey))).Succeeded);
        var moved = services.GetRequiredService<IPublishedContentCache>().GetByKey(content.Target)!.Route;
        Assert.NotEqual(content.TargetRoute, moved);
        await reader.GotoAsync(linkingRoute);
        await reader.GetByRole(AriaRole.Link, new() { Name = "respite care", Exact = true }).ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(fixture.BaseUrl + moved);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(content.TargetName);
        await reader.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_editor_and_its_link_dialog_are_used_by_keyboard_and_axe_finds_nothing_wrong()
    {
        var content = await RichTextTestContent.CreateAsync(fixture.BackOffice);
        var (page, _) = await SignInAsync(bypassCsp: true); // axe-core is injected as an inline script
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{content.Page}");
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body (optional)" });
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Body (optional) formatting" });
        await Assertions.Expect(body).ToHaveAttributeAsync("aria-multiline", "true");
        await NoAxeViolationsAsync(page);

        // One tab stop in the toolbar; arrows, Home and End move along it; Escape goes back to the text.
        await body.FocusAsync();
        await page.Keyboard.PressAsync("Alt+F10");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Heading 2" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Heading 3" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Redo" })).ToBeFocusedAsync();
        await Assertions.Expect(toolbar.Locator("button[tabindex='0']")).ToHaveCountAsync(1);
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" })).ToHaveAttributeAsync("aria-keyshortcuts", "Control+B");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(body).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+b");
        await page.Keyboard.TypeAsync("Important");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" })).ToHaveAttributeAsync("aria-pressed", "true");

        // The dialog, with matches listed and with an error shown, then Escape back to the button that opened it.
        var link = toolbar.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true });
        await link.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Add a link" });
        await Assertions.Expect(dialog.GetByLabel("Link text")).ToBeFocusedAsync();
        await dialog.GetByLabel("Find a page by name").FillAsync(content.TargetName);
        await dialog.GetByLabel("Find a page by name").PressAsync("Enter");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = content.TargetName })).ToBeVisibleAsync();
        await NoAxeViolationsAsync(page);
        await dialog.GetByLabel("A web address, email address or phone number").CheckAsync();
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Web address, email address or phone number" }).FillAsync("javascript:alert(1)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(dialog.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Web address, email address or phone number" })).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(@"Error:\s+Enter a web address that starts with https://"));
        await NoAxeViolationsAsync(page);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();
        Assert.DoesNotContain("javascript", await page.Locator("#p-body").InputValueAsync(), StringComparison.Ordinal);

        // A valid address is linked as typed.
        await body.FocusAsync();
        await page.Keyboard.PressAsync("Control+k");
        await dialog.GetByLabel("Link text").FillAsync("GOV.UK");
        await dialog.GetByLabel("A web address, email address or phone number").CheckAsync();
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Web address, email address or phone number" }).FillAsync("https://www.gov.uk/");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Web address, email address or phone number" }).PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.Contains("<a href=\"https://www.gov.uk/\">GOV.UK</a>", await page.Locator("#p-body").InputValueAsync(), StringComparison.Ordinal);

        // Inside the link, the dialog opens with it to change it; Remove link takes the link away and keeps the words.
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-pressed", "true");
        await link.ClickAsync();
        var change = page.GetByRole(AriaRole.Dialog, new() { Name = "Change the link" });
        await Assertions.Expect(change.GetByLabel("Link text")).ToHaveValueAsync("GOV.UK");
        await Assertions.Expect(change.GetByRole(AriaRole.Textbox, new() { Name = "Web address, email address or phone number" })).ToHaveValueAsync("https://www.gov.uk/");
        await change.GetByRole(AriaRole.Button, new() { Name = "Remove link" }).ClickAsync();
        await Assertions.Expect(change).ToBeHiddenAsync();
        Assert.EndsWith("<strong>Important</strong>GOV.UK</p>", await page.Locator("#p-body").InputValueAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", await page.Locator("#p-body").InputValueAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Pasting_from_word_keeps_headings_emphasis_and_lists_and_drops_words_own_markup()
    {
        var content = await RichTextTestContent.CreateAsync(fixture.BackOffice);
        var (page, problems) = await SignInAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{content.Page}");
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body (optional)" });
        await body.ClickAsync();

        await body.EvaluateAsync(
            "(el, html) => { const data = new DataTransfer(); data.setData('text/html', html); data.setData('text/plain', 'x');" +
            " el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })) }",
            WordHtml);

        Assert.Equal(
            "<h2>Short breaks</h2><p>Families can <strong>apply</strong> <em>online</em>.</p>" +
            "<ol><li><p>First step</p></li><li><p>Second step</p></li></ol><p>Bookmark, unsafe and red text.</p>",
            await page.Locator("#p-body").InputValueAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Only_the_data_types_toolbar_buttons_and_extensions_are_offered()
    {
        var content = await RichTextTestContent.CreateAsync(fixture.BackOffice, """
            { "extensions": ["Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Bold", "Umb.Tiptap.Link"],
              "toolbar": [[["Umb.Tiptap.Toolbar.Bold", "Umb.Tiptap.Toolbar.Italic", "Umb.Tiptap.Toolbar.Unknown"], ["Umb.Tiptap.Toolbar.Link"]]] }
            """);
        var (page, problems) = await SignInAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{content.Page}");

        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Body (optional) formatting" });
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Bold", "Link"]);
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body (optional)" });
        await body.ClickAsync();
        await body.EvaluateAsync(
            "(el, html) => { const data = new DataTransfer(); data.setData('text/html', html);" +
            " el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })) }",
            "<h2>Heading</h2><p><b>Bold</b> and <i>italic</i></p><ul><li>Item</li></ul>");

        // No heading, italic or list extension: their text is kept as paragraphs, their markup is not.
        Assert.Equal("<p>Heading</p><p><strong>Bold</strong> and italic</p><p>Item</p>", await page.Locator("#p-body").InputValueAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Without_javascript_the_html_is_typed_in_a_textarea_and_saved()
    {
        var content = await RichTextTestContent.CreateAsync(fixture.BackOffice);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync($"{fixture.BaseUrl}/umbraco/content/{content.Page}");

        var textarea = page.GetByRole(AriaRole.Textbox, new() { Name = "Body (optional)" });
        Assert.Equal("textarea", await textarea.EvaluateAsync<string>("el => el.localName"));
        await textarea.FillAsync($"<p>See <a type=\"document\" href=\"/{{localLink:{content.Target}}}\">respite care</a>.</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("has been saved as a draft");
        Assert.Contains($"href=\"/{{localLink:{content.Target}}}\">respite care</a>", await content.StoredBodyAsync(fixture.BackOffice), StringComparison.Ordinal);
    }

    // Word's clipboard HTML as Chromium receives it: Office namespaces, a style sheet, mso- styles and classes, <o:p>,
    // list paragraphs with their numbers in mso-list:Ignore spans, a bookmark, an unsafe link, a font and an empty paragraph.
    private const string WordHtml = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15">
        <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:"Calibri",sans-serif;} --></style></head>
        <body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
        <h1 style='mso-style-link:"Heading 1 Char"'><span lang=EN-GB style='mso-fareast-font-family:"Times New Roman"'>Short breaks<o:p></o:p></span></h1>
        <p class=MsoNormal><span style='font-family:"Arial",sans-serif;mso-bidi-font-weight:bold'>Families can <b><span style='mso-bidi-font-weight:normal'>apply</span></b> <i>online</i>.<o:p></o:p></span></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>First step<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Second step<o:p></o:p></p>
        <p class=MsoNormal><a name="_Toc1">Bookmark</a>, <a href="javascript:alert(1)">unsafe</a> and <font color=red>red</font> text.</p>
        <!--EndFragment--></body></html>
        """;

    /// <summary>Types a heading and a paragraph with a link to the target page and one to the document, through the toolbar and the dialog.</summary>
    private static async Task WriteLinkedTextAsync(IPage page, RichTextTestContent content)
    {
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body (optional)" });
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Body (optional) formatting" });
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("Who can have a short break");
        var heading = toolbar.GetByRole(AriaRole.Button, new() { Name = "Heading 2" });
        await heading.ClickAsync();
        await Assertions.Expect(heading).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveAttributeAsync("aria-pressed", "false");
        await page.Keyboard.TypeAsync("Read about ");

        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Add a link" });
        await dialog.GetByLabel("Link text").FillAsync("respite care");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(dialog.Locator(".govuk-error-summary")).ToContainTextAsync("Search for a page and choose it");
        await dialog.GetByLabel("Find a page by name").FillAsync(content.TargetName.ToUpperInvariant());
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Search for a page" }).ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync($"1 page match '{content.TargetName.ToUpperInvariant()}'.");
        var match = dialog.GetByRole(AriaRole.Radio, new() { Name = content.TargetName });
        await Assertions.Expect(match).ToHaveAccessibleDescriptionAsync($"{content.TargetRoute}, in Home");
        await match.CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(body).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync(" and the ");
        await page.Keyboard.PressAsync("Control+k");
        await dialog.GetByLabel("A document or media file").CheckAsync();
        await dialog.GetByLabel("Find a file by name").FillAsync(content.FileName);
        await dialog.GetByLabel("Find a file by name").PressAsync("Enter");
        var file = dialog.GetByRole(AriaRole.Radio, new() { Name = content.FileName });
        await Assertions.Expect(file).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(@"^Size: \d+(\.\d+)? KB File format: docx$"));

        await file.CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.Keyboard.TypeAsync(".");
    }

    private static async Task NoAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.CheckAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>A new editor signed in; the list collects the page's CSP violations and script errors.</summary>
    private async Task<(IPage Page, List<string> Problems)> SignInAsync(bool bypassCsp = false)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        await SignInAsync(page);
        return (page, problems);
    }

    private async Task SignInAsync(IPage page)
    {
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.BackOffice.CreateUserAsync(email, Password, BackOfficeRoles.Editor);
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login?returnUrl=%2Fumbraco");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco");
    }
}
