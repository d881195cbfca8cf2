using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.BackOffice.Settings;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice.Settings;

/// <summary>An administrator changes a Markdown property to rich text: a preview first, then one conversion.</summary>
[Trait("Category", "Integration")]
public sealed class MarkdownConversionTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Linked = "Read [our report](" + MarkdownConversionFixture.LocalOfferReportUrl + ") or [ask us](/contact).\n\n"
        + "- See [GOV.UK](https://www.gov.uk/)\n- [Email us](mailto:virtual.school@example.org)\n\nAn [old page](/no-such-page) and **bold** text.";

    [Fact]
    public async Task The_preview_lists_every_page_with_a_value_beside_its_rich_text_and_changes_nothing()
    {
        var fixture = new MarkdownConversionFixture(factory);
        await fixture.CreateTypeAsync();
        var linked = await fixture.CreatePageAsync("Linked", Linked);
        var plain = await fixture.CreatePageAsync("Plain", "## Who we help\n\nChildren in care.", publish: false);
        var empty = await fixture.CreatePageAsync("Empty", null);
        var admin = await factory.SignInAdministratorAsync();

        var list = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/settings/document-types"));
        var change = list.QuerySelector($"#type-{fixture.TypeAlias} tr[data-property='body'] a")!;
        Assert.Equal(fixture.RichTextUrl, change.GetAttribute("href"));
        var choose = await PortalFactory.ParseAsync(await admin.GetAsync(fixture.RichTextUrl));
        Assert.NotNull(choose.QuerySelector($"input[name='dataType'][value='{fixture.RichTextKey}']"));
        Assert.Null(choose.QuerySelector($"input[name='dataType'][value='{fixture.MarkdownKey}']"));

        var response = await admin.GetAsync($"{fixture.RichTextUrl}/preview?dataType={fixture.RichTextKey}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await PortalFactory.ParseAsync(response);
        Assert.Contains("2 pages with a value", preview.QuerySelector("#conversion-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Convert 2 pages", preview.QuerySelector("#convert")!.TextContent.Trim());
        Assert.Null(preview.QuerySelector($"[data-page='{empty.Key}']"));
        var section = preview.QuerySelector($"[data-page='{linked.Key}']")!;
        var after = section.QuerySelector("[data-rich-text]")!;
        Assert.Equal("ask us", after.QuerySelector($"a[href='{MarkdownToRichText.LocalLink(fixture.ContactKey)}']")!.TextContent);
        Assert.Equal("our report", after.QuerySelector($"a[href='{MarkdownToRichText.LocalLink(MarkdownConversionFixture.LocalOfferReport)}']")!.TextContent);
        Assert.NotNull(after.QuerySelector("a[href='https://www.gov.uk/']"));
        Assert.NotNull(after.QuerySelector("a[href='mailto:virtual.school@example.org']"));
        Assert.Null(after.QuerySelector("a[href*='no-such-page']"));
        Assert.Contains("An old page and bold text.", after.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("[class]"));
        Assert.Contains("/no-such-page", section.QuerySelector("[data-links-kept-as-text]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("our report", section.QuerySelector("[data-markdown] a[href='" + MarkdownConversionFixture.LocalOfferReportUrl + "']")!.TextContent);
        Assert.Equal("Who we help", preview.QuerySelector($"[data-page='{plain.Key}'] [data-rich-text] h2")!.TextContent);

        // Nothing changes until the administrator confirms.
        Assert.Equal("Umbraco.MarkdownEditor", (await fixture.PropertyAsync()).EditorAlias);
        var (_, draft, _, versions) = await fixture.ReadAsync(linked.Key);
        Assert.Equal(Linked, draft.Properties["body"]);
        Assert.Equal(1, versions);
    }

    [Fact]
    public async Task Converting_changes_the_data_type_and_converts_drafts_and_published_values_once()
    {
        var fixture = new MarkdownConversionFixture(factory);
        await fixture.CreateTypeAsync();
        var live = await fixture.CreatePageAsync("Live", Linked);
        var changed = await fixture.CreatePageAsync("Changed", "The *published* words.");
        Assert.True((await fixture.Content.SaveAsync(changed.Key, (await fixture.ReadAsync(changed.Key)).Node.Name, new Dictionary<string, string?> { ["body"] = "The *unpublished* words." })).Succeeded);
        var draftOnly = await fixture.CreatePageAsync("Draft", "Not yet [published](/contact).", publish: false);
        var reader = factory.CreateClient();
        var before = await PublicBodyAsync(reader, live.Path);
        var liveBefore = await fixture.ReadAsync(live.Key);
        var admin = await factory.SignInAdministratorAsync();
        var previewUrl = $"{fixture.RichTextUrl}/preview?dataType={fixture.RichTextKey}";

        var response = await BackOfficeBrowser.PostFormAsync(admin, previewUrl, $"{fixture.RichTextUrl}/convert");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3 pages converted", (await PortalFactory.ParseAsync(response)).QuerySelector("#converted-summary")!.TextContent.Trim());
        var property = await fixture.PropertyAsync();
        Assert.Equal(("Umbraco.RichText", fixture.RichTextKey), (property.EditorAlias, property.DataTypeKey));

        var (liveNode, liveDraft, livePublished, liveVersions) = await fixture.ReadAsync(live.Key);
        Assert.Equal(liveDraft.Id, livePublished!.Id);
        Assert.Equal(2, liveVersions);
        Assert.Contains(MarkdownToRichText.LocalLink(fixture.ContactKey), liveDraft.Properties["body"], StringComparison.Ordinal);
        Assert.StartsWith("admin-", liveDraft.CreatedBy, StringComparison.Ordinal);
        Assert.Equal(liveBefore.Published!.PublishedDate, livePublished.PublishedDate);
        Assert.Equal(liveBefore.Node.PublishDate, liveNode.PublishDate);

        var (_, changedDraft, changedPublished, _) = await fixture.ReadAsync(changed.Key);
        Assert.NotEqual(changedDraft.Id, changedPublished!.Id);
        Assert.Equal("<p>The <em>published</em> words.</p>", changedPublished.Properties["body"]!.Trim());
        Assert.Equal("<p>The <em>unpublished</em> words.</p>", changedDraft.Properties["body"]!.Trim());
        Assert.True(changedDraft.VersionNumber > changedPublished.VersionNumber);

        var (draftNode, draftDraft, _, _) = await fixture.ReadAsync(draftOnly.Key);
        Assert.Null(draftNode.PublishedVersionId);
        Assert.Contains(MarkdownToRichText.LocalLink(fixture.ContactKey), draftDraft.Properties["body"], StringComparison.Ordinal);

        // The public page shows the same words, now from rich text, and every link is still a link.
        var after = await PublicBodyAsync(reader, live.Path);
        Assert.Equal(before.Text, after.Text);
        Assert.Equal(before.Links, after.Links);

        var audit = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: MarkdownConversionRun.Action, PageSize: 500));
        Assert.Contains(audit.Entries, e => e.ItemKey == live.Key.ToString() && e.Detail!.Contains("converted from Markdown to rich text", StringComparison.Ordinal));
        Assert.Contains(audit.Entries, e => e.ItemKey == changed.Key.ToString());
        Assert.Contains(audit.Entries, e => e.ItemType == "document-type" && e.Detail!.Contains("3 pages converted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_conversion_the_property_is_no_longer_offered_and_a_second_conversion_is_refused()
    {
        var fixture = new MarkdownConversionFixture(factory);
        await fixture.CreateTypeAsync();
        var page = await fixture.CreatePageAsync("Once", "Converted **once**.");
        var admin = await factory.SignInAdministratorAsync();
        var previewUrl = $"{fixture.RichTextUrl}/preview?dataType={fixture.RichTextKey}";
        var preview = await PortalFactory.ParseAsync(await admin.GetAsync(previewUrl));
        var form = preview.QuerySelector($"form[action='{fixture.RichTextUrl}/convert']")!;
        Assert.Equal(HttpStatusCode.OK, (await HtmlForms.PostAsync(admin, form, new Dictionary<string, string>())).StatusCode);
        var converted = (await fixture.ReadAsync(page.Key)).Draft.Properties["body"];

        var again = await HtmlForms.PostAsync(admin, form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(converted, (await fixture.ReadAsync(page.Key)).Draft.Properties["body"]);
        Assert.Equal(2, (await fixture.ReadAsync(page.Key)).Versions);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync(previewUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync(fixture.RichTextUrl)).StatusCode);
        var list = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/settings/document-types"));
        var row = list.QuerySelector($"#type-{fixture.TypeAlias} tr[data-property='body']")!;
        Assert.Null(row.QuerySelector("a"));
        Assert.Equal($"{fixture.TypeAlias} Rich text", row.QuerySelector("[data-data-type]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_page_saved_after_the_preview_stops_the_conversion_until_the_new_preview_is_read()
    {
        var fixture = new MarkdownConversionFixture(factory);
        await fixture.CreateTypeAsync();
        var page = await fixture.CreatePageAsync("Busy", "First words.");
        var admin = await factory.SignInAdministratorAsync();
        var preview = await PortalFactory.ParseAsync(await admin.GetAsync($"{fixture.RichTextUrl}/preview?dataType={fixture.RichTextKey}"));
        var form = preview.QuerySelector($"form[action='{fixture.RichTextUrl}/convert']")!;
        var name = (await fixture.ReadAsync(page.Key)).Node.Name;
        Assert.True((await fixture.Content.SaveAsync(page.Key, name, new Dictionary<string, string?> { ["body"] = "Second words." })).Succeeded);

        var response = await HtmlForms.PostAsync(admin, form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var shown = await PortalFactory.ParseAsync(response);
        Assert.Contains("Second words.", shown.QuerySelector($"[data-page='{page.Key}'] [data-rich-text]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Umbraco.MarkdownEditor", (await fixture.PropertyAsync()).EditorAlias);
        Assert.Equal("Second words.", (await fixture.ReadAsync(page.Key)).Draft.Properties["body"]);
    }

    // The body's list and closing paragraph as a reader sees them, and which of its links are links. (A link to a
    // document may gain its size and format when shown, so its paragraph is compared by its links alone.)
    private static async Task<(string Text, string[] Links)> PublicBodyAsync(HttpClient reader, string path)
    {
        var response = await reader.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = (await PortalFactory.ParseAsync(response)).QuerySelector("main")!;
        var blocks = main.QuerySelectorAll("li, p").Select(e => e.TextContent.Trim()).Where(t => t.StartsWith("See GOV.UK", StringComparison.Ordinal) || t == "Email us" || t.StartsWith("An old page", StringComparison.Ordinal));
        string[] wanted = ["our report", "ask us", "GOV.UK", "Email us"];
        var links = wanted.Where(w => main.QuerySelectorAll("a").Any(a => a.TextContent.Trim().StartsWith(w, StringComparison.Ordinal))).ToArray();
        return (string.Join(" | ", blocks), links);
    }
}
