using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Property editors in the content section: rich text, tags, pickers, uploads and the markdown preview, stored as Umbraco stores them.</summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class ContentPropertyEditingTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task Rich_text_tags_links_numbers_and_dropdowns_are_read_and_stored_as_umbraco_stores_them()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var saved = await SaveAsync(editor, key, "save", new()
        {
            ["p-body"] = "<p>Hello</p><script>alert(1)</script>",
            ["p-tags"] = "fostering, adoption, Fostering",
            ["p-links-name-0"] = "GOV.UK",
            ["p-links-url-0"] = "https://www.gov.uk/",
            ["p-links-url-1"] = "/admissions",
            ["p-count"] = "12",
            ["p-colour"] = "Green",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = await DraftAsync(key);
        Assert.Contains(">Hello</p>", values["body"], StringComparison.Ordinal);
        Assert.DoesNotContain("script", values["body"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("[\"fostering\",\"adoption\"]", values["tags"]);
        Assert.Equal("[{\"name\":\"GOV.UK\",\"url\":\"https://www.gov.uk/\"},{\"name\":\"/admissions\",\"url\":\"/admissions\"}]", values["links"]);
        Assert.Equal("12", values["count"]);
        Assert.Equal("[\"Green\"]", values["colour"]);
        var page = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        Assert.NotNull(page.QuerySelector("select#p-colour option[value='Green'][selected]"));
        Assert.Equal("https://www.gov.uk/", page.QuerySelector("#p-links-url-0")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Pickers_store_umbraco_references_and_an_uploaded_file_goes_to_the_media_library()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var edit = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        var form = edit.QuerySelector($"form[action='/umbraco/content/{key}']")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(edit.QuerySelector("input[type='hidden'][name='p-document']"));
        var mediaKey = await LocalOfferReportKeyAsync();

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in HtmlForms.Fields(form).Where(f => f.Key is not ("p-attachment-file" or "p-related" or "p-document")))
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent($"umb://document/{Admissions.Replace("-", "", StringComparison.Ordinal)}"), "p-related");
        content.Add(new StringContent(mediaKey.ToString()), "p-document");
        content.Add(new StringContent("save"), "intent");
        var pdf = new ByteArrayContent(MediaLibrary.Pdf);
        pdf.Headers.ContentType = new("application/pdf");
        content.Add(pdf, "p-attachment-file", "placement-guide.pdf");
        var saved = await editor.PostAsync($"/umbraco/content/{key}", content);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = await DraftAsync(key);
        Assert.Equal($"umb://document/{Guid.Parse(Admissions):N}", values["related"]);
        Assert.Contains($"\"mediaKey\":\"{mediaKey}\"", values["document"], StringComparison.Ordinal);
        Assert.StartsWith("/media/", values["attachment"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync(values["attachment"])).StatusCode);
    }

    [Fact]
    public async Task The_content_picker_does_not_list_every_page_but_the_picked_one_and_a_search_box()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var edit = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{Home}"));

        var field = edit.QuerySelector("[data-alias='notFoundPage']")!;
        Assert.Empty(field.QuerySelectorAll("select"));
        Assert.True(field.QuerySelectorAll("option, input[type='radio']").Length < 30);
        Assert.NotNull(field.QuerySelector("input[type='hidden'][name='p-notFoundPage']"));
        Assert.NotNull(field.QuerySelector("label[for='p-notFoundPage-search']"));
        Assert.NotNull(field.QuerySelector("button[name='search'][value='notFoundPage']"));
    }

    [Fact]
    public async Task Searching_a_content_picker_offers_matching_pages_and_choosing_one_stores_its_udi()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var udi = $"umb://document/{Guid.Parse(Admissions):N}";

        var found = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}",
            new Dictionary<string, string> { ["p-related-search"] = "admiss", ["p-tags"] = "kept, typed", ["search"] = "related" });

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var page = await PortalFactory.ParseAsync(found);
        var radios = page.QuerySelectorAll("input[type='radio'][name='p-related-pick']");
        Assert.InRange(radios.Length, 1, 20);
        var admissions = Assert.Single(radios, r => r.GetAttribute("value") == udi);
        Assert.StartsWith("Admissions", page.QuerySelector($"label[for='{admissions.Id}']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("admiss", page.QuerySelector("#p-related-search")!.GetAttribute("value"));
        Assert.Equal("kept, typed", page.QuerySelector("#p-tags")!.GetAttribute("value"));

        var form = page.QuerySelector($"form[action='/umbraco/content/{key}']")!;
        var saved = await HtmlForms.PostAsync(editor, form, new Dictionary<string, string> { ["p-related-pick"] = udi, ["intent"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(udi, (await DraftAsync(key))["related"]);
        var again = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        Assert.Contains("Admissions", again.QuerySelector("#p-related-current")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_picker_value_that_is_not_a_published_page_is_refused()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, key, "save", new() { ["p-related"] = $"umb://document/{Guid.NewGuid():N}" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-related-search']"));
        Assert.NotNull(page.QuerySelector("#p-related-search"));
        Assert.False((await DraftAsync(key)).TryGetValue("related", out var stored) && !string.IsNullOrEmpty(stored));
    }

    [Fact]
    public async Task Searching_a_media_picker_offers_matching_files_and_choosing_one_stores_its_media_key()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var mediaKey = await LocalOfferReportKeyAsync();

        var edit = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        var field = edit.QuerySelector("[data-alias='document']")!;
        Assert.Empty(field.QuerySelectorAll("select"));
        Assert.NotNull(field.QuerySelector("label[for='p-document-search']"));
        Assert.NotNull(field.QuerySelector("button[name='search'][value='document']"));

        var found = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}",
            new Dictionary<string, string> { ["p-document-search"] = "LOCAL offer", ["search"] = "document" });

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var page = await PortalFactory.ParseAsync(found);
        var radios = page.QuerySelectorAll("input[type='radio'][name='p-document-pick']");
        Assert.InRange(radios.Length, 1, 20);
        var report = Assert.Single(radios, r => string.Equals(r.GetAttribute("value"), mediaKey.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("Local offer information report", page.QuerySelector($"label[for='{report.Id}']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("LOCAL offer", page.QuerySelector("#p-document-search")!.GetAttribute("value"));

        var form = page.QuerySelector($"form[action='/umbraco/content/{key}']")!;
        var saved = await HtmlForms.PostAsync(editor, form, new Dictionary<string, string> { ["p-document-pick"] = mediaKey.ToString(), ["intent"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = JsonNode.Parse((await DraftAsync(key))["document"]!)!.AsArray();
        Assert.Equal(mediaKey, Guid.Parse(Assert.Single(stored)!["mediaKey"]!.ToString()));
        Assert.True(Guid.TryParse(stored[0]!["key"]!.ToString(), out _));
        var again = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        Assert.Contains("Local offer information report", again.QuerySelector("#p-document-current")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(mediaKey.ToString(), again.QuerySelector("input[type='hidden'][name='p-document']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_media_picker_key_that_is_not_a_file_in_the_library_is_refused()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, key, "save", new() { ["p-document"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-document-search']"));
        Assert.NotNull(page.QuerySelector("#p-document-search"));
        Assert.False((await DraftAsync(key)).TryGetValue("document", out var stored) && !string.IsNullOrEmpty(stored));
    }

    /// <summary>The seeded "Local offer information report" file's key.</summary>
    private async Task<Guid> LocalOfferReportKeyAsync()
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.MediaItems.Where(m => m.Name == "Local offer information report" && !m.Trashed).Select(m => m.Key).SingleAsync();
    }

    [Fact]
    public async Task The_markdown_preview_button_shows_the_rendered_text_without_saving()
    {
        // The guidance library's body text is still Markdown (content pages' is rich text since issue 12).
        var key = Guid.Parse(StatutoryGuidance);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var before = (await Factory.Services.GetRequiredService<IContentRepository>().GetNodeAsync(key))!.DraftVersionId;

        var preview = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}",
            new Dictionary<string, string> { ["p-bodyText"] = "## Who can apply\n\nAny **carer**.", ["preview"] = "bodyText" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await PortalFactory.ParseAsync(preview);
        Assert.Equal("Who can apply", page.QuerySelector("#p-bodyText-preview h2")!.TextContent.Trim());
        Assert.Equal("## Who can apply\n\nAny **carer**.", page.QuerySelector("textarea#p-bodyText")!.TextContent.Replace("\r", "", StringComparison.Ordinal).Trim());
        Assert.Equal(before, (await Factory.Services.GetRequiredService<IContentRepository>().GetNodeAsync(key))!.DraftVersionId);
    }

    private async Task<Dictionary<string, string?>> DraftAsync(Guid key)
    {
        var repository = Factory.Services.GetRequiredService<IContentRepository>();
        return (await repository.GetVersionAsync((await repository.GetNodeAsync(key))!.DraftVersionId))!.Properties;
    }
}
