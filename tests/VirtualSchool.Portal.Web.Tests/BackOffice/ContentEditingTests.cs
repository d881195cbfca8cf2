using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Editors, writers and administrators change pages through the content section, as a browser without JavaScript would.</summary>
public sealed class ContentEditingTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Home = "821d015e-2228-41c7-a5fa-82eee8400787";
    private const string Admissions = "d2e84d00-479a-4965-9b11-3f002de098e0";
    private const string ChildrenAct = "0848a47e-69eb-4986-9a3b-d89a75791c90";

    [Fact]
    public async Task An_editor_changes_the_admissions_heading_and_publishes_and_the_public_page_shows_it_at_once()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var reader = factory.CreateClient();
        Assert.DoesNotContain("Admissions for every child in care", await reader.GetStringAsync("/admissions"));

        var published = await SaveAsync(editor, Admissions, "publish", new() { ["p-heading"] = "Admissions for every child in care" });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Admissions for every child in care", await reader.GetStringAsync("/admissions"));
        Assert.NotEmpty(await AuditAsync(AuditActions.Publish, Admissions));
        var tree = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={Home}"));
        Assert.Equal("Published", tree.QuerySelector($"tr[data-key='{Admissions}'] .govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_writer_saves_a_draft_that_readers_do_not_see_and_the_server_refuses_to_let_them_publish()
    {
        var (key, path) = await CreatePublishedPageAsync("Writer page");
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var reader = factory.CreateClient();

        var edit = await PortalFactory.ParseAsync(await writer.GetAsync($"/umbraco/content/{key}"));
        Assert.Null(edit.QuerySelector("button[value='publish']"));
        Assert.Null(edit.QuerySelector($"form[action='/umbraco/content/{key}/unpublish']"));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(writer, key, "save", new() { ["p-heading"] = "A draft heading" })).StatusCode);
        Assert.DoesNotContain("A draft heading", await reader.GetStringAsync(path));
        var state = await PortalFactory.ParseAsync(await writer.GetAsync($"/umbraco/content?parent={Home}"));
        Assert.Equal("Changes not published", state.QuerySelector($"tr[data-key='{key}'] .govuk-tag")!.TextContent.Trim());

        // Posting the publish button by hand, or the unpublish form of an editor's page, is refused on the server.
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(writer, key, "publish", new() { ["p-heading"] = "Published by a writer" })).StatusCode);
        var token = edit.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var unpublish = await writer.PostAsync($"/umbraco/content/{key}/unpublish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, unpublish.StatusCode);
        var page = await reader.GetStringAsync(path);
        Assert.DoesNotContain("Published by a writer", page);
        Assert.Contains("Writer page heading", page);
    }

    [Fact]
    public async Task A_writer_sends_a_page_for_approval_and_every_editor_is_emailed_a_link_to_it()
    {
        var (key, _) = await CreatePublishedPageAsync("Page for approval");
        var editorEmail = $"approver-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(editorEmail, "a long enough password", BackOfficeRoles.Editor);
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);

        var sent = await SaveAsync(writer, key, "approval", new() { ["p-heading"] = "Please approve this heading" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = await MailFolder.WaitForAsync(factory.DataPath, m => m.To.Contains(editorEmail, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mail, m => m.Text!.Contains($"/umbraco/content/{key}", StringComparison.Ordinal));
        Assert.NotEmpty(await AuditAsync(AuditActions.SendForApproval, key.ToString()));
    }

    [Fact]
    public async Task An_empty_mandatory_field_is_refused_with_a_summary_linking_to_it_and_what_was_typed_is_kept()
    {
        var (key, _) = await CreatePublishedPageAsync("Mandatory check");
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, key, "save", new() { ["p-heading"] = "", ["p-summary"] = "A summary I typed" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-heading']"));
        Assert.Equal("A summary I typed", page.QuerySelector("textarea#p-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_official_url_that_is_not_https_is_refused()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, ChildrenAct, "save", new() { ["p-officialUrl"] = "http://www.legislation.gov.uk/ukpga/1989/41" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-officialUrl']"));
        Assert.Equal("http://www.legislation.gov.uk/ukpga/1989/41", page.QuerySelector("#p-officialUrl")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_impossible_date_is_refused_and_the_typed_parts_are_kept()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, ChildrenAct, "save", new() { ["p-lastReviewed-day"] = "31", ["p-lastReviewed-month"] = "2", ["p-lastReviewed-year"] = "2026" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-lastReviewed-day']"));
        Assert.Equal("31", page.QuerySelector("#p-lastReviewed-day")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_valid_date_is_stored_in_umbracos_format()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var saved = await SaveAsync(editor, ChildrenAct, "save", new() { ["p-lastReviewed-day"] = "5", ["p-lastReviewed-month"] = "6", ["p-lastReviewed-year"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var repository = factory.Services.GetRequiredService<IContentRepository>();
        var node = (await repository.GetNodeAsync(Guid.Parse(ChildrenAct)))!;
        Assert.Equal("2026-06-05T00:00:00", (await repository.GetVersionAsync(node.DraftVersionId))!.Properties["lastReviewed"]);
    }

    [Fact]
    public async Task A_page_of_an_allowed_type_can_be_created_below_another_and_a_type_that_is_not_allowed_is_refused()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var tree = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={Admissions}"));
        var offered = tree.QuerySelectorAll(".app-create-types a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/umbraco/content/create?parent={Admissions}&type=contentPage", offered);
        Assert.DoesNotContain(offered, href => href!.Contains("guidanceItem", StringComparison.Ordinal));

        var create = $"/umbraco/content/create?parent={Admissions}&type=contentPage";
        var created = await BackOfficeBrowser.PostFormAsync(editor, create, create, new Dictionary<string, string> { ["name"] = "In-year admissions", ["p-heading"] = "In-year admissions", ["intent"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var children = await factory.Services.GetRequiredService<IContentRepository>().GetChildrenAsync(Guid.Parse(Admissions));
        var child = Assert.Single(children, c => c.Name == "In-year admissions");
        Assert.Equal($"/umbraco/content/{child.Key}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"/umbraco/content/create?parent={Admissions}&type=guidanceItem")).StatusCode);
        var token = tree.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await PortalFactory.ParseAsync(await editor.GetAsync(create))).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var disallowed = await editor.PostAsync($"/umbraco/content/create?parent={Admissions}&type=guidanceItem",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "Not here", ["p-heading"] = "Not here" }));
        Assert.Equal(HttpStatusCode.BadRequest, disallowed.StatusCode);
        Assert.DoesNotContain(await factory.Services.GetRequiredService<IContentRepository>().GetChildrenAsync(Guid.Parse(Admissions)), c => c.Name == "Not here");
    }

    [Fact]
    public async Task Unpublishing_takes_the_page_off_the_public_site()
    {
        var (key, path) = await CreatePublishedPageAsync("Short-lived page");
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var reader = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);

        var unpublished = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}/unpublish");

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.NotEmpty(await AuditAsync(AuditActions.Unpublish, key.ToString()));
    }

    [Fact]
    public async Task A_draft_preview_is_shown_only_to_signed_in_staff_and_is_never_stored()
    {
        var (key, path) = await CreatePublishedPageAsync("Preview page");
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        await SaveAsync(writer, key, "save", new() { ["p-heading"] = "The draft heading" });

        var preview = await writer.GetAsync($"/umbraco/content/{key}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var body = await preview.Content.ReadAsStringAsync();
        Assert.Contains("The draft heading", body);
        Assert.Contains("This is a preview", body);

        var anonymous = await factory.CreateBrowserlikeClient().GetAsync($"/umbraco/content/{key}/preview");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("The draft heading", await factory.CreateClient().GetStringAsync(path));
    }

    [Fact]
    public async Task The_tree_shows_a_level_fifty_pages_at_a_time_with_the_total()
    {
        var content = factory.Services.GetRequiredService<ContentService>();
        var parent = await content.CreateAsync(new NewContent("Many children", "contentPage", Guid.Parse(Home), Heading("Many children")));
        for (var i = 0; i < 120; i++)
        {
            await content.CreateAsync(new NewContent($"Child {i:D3}", "contentPage", parent.Node!.Key, Heading($"Child {i}")));
        }

        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var first = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={parent.Node!.Key}"));
        var third = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={parent.Node!.Key}&page=3"));

        Assert.Equal(50, first.QuerySelectorAll("table.app-content-tree tbody tr").Length);
        Assert.Contains("(120)", first.QuerySelector("table.app-content-tree caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Child 000", first.QuerySelector("table.app-content-tree tbody tr a")!.TextContent.Trim());
        Assert.Equal(20, third.QuerySelectorAll("table.app-content-tree tbody tr").Length);
        Assert.Equal("Child 100", third.QuerySelector("table.app-content-tree tbody tr a")!.TextContent.Trim());
        Assert.Contains("Many children", first.QuerySelector(".govuk-breadcrumbs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_of_ten_thousand_pages_still_opens_at_any_page_quickly()
    {
        var content = factory.Services.GetRequiredService<ContentService>();
        var parent = (await content.CreateAsync(new NewContent("Ten thousand children", "contentPage", Guid.Parse(Home), Heading("Ten thousand children")))).Node!;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            // Straight into the table: the tree is what is measured here, not 10,000 saves.
            db.ContentNodes.AddRange(Enumerable.Range(0, 10_000).Select(i => new ContentNode
            {
                Key = Guid.NewGuid(),
                ParentKey = parent.Key,
                Level = parent.Level + 1,
                SortOrder = i,
                Name = $"Bulk {i:D5}",
                UrlSegment = $"bulk-{i:D5}",
                ContentTypeAlias = "contentPage",
                CreateDate = DateTime.UtcNow,
                UpdateDate = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
        }

        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        await editor.GetAsync($"/umbraco/content?parent={parent.Key}");
        var last = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={parent.Key}&page=200"));

        Assert.Equal(50, last.QuerySelectorAll("table.app-content-tree tbody tr").Length);
        Assert.Equal("Bulk 09950", last.QuerySelector("table.app-content-tree tbody tr a")!.TextContent.Trim());
        Assert.Contains("(10000)", last.QuerySelector("table.app-content-tree caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_without_an_antiforgery_token_are_refused()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var save = await editor.PostAsync($"/umbraco/content/{Admissions}", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Admissions", ["p-heading"] = "Forged", ["intent"] = "publish" }));
        var unpublish = await editor.PostAsync($"/umbraco/content/{Admissions}/unpublish", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unpublish.StatusCode);
        Assert.DoesNotContain("Forged", await factory.CreateClient().GetStringAsync("/admissions"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_training_coordinators_are_refused()
    {
        var anonymous = await factory.CreateBrowserlikeClient().GetAsync("/umbraco/content");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var coordinator = await factory.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var refused = await coordinator.GetAsync($"/umbraco/content/{Admissions}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var dashboard = await PortalFactory.ParseAsync(await coordinator.GetAsync("/umbraco"));
        Assert.DoesNotContain(dashboard.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/umbraco/content");
    }

    [Fact]
    public async Task Content_is_the_first_section_on_a_writers_dashboard()
    {
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var dashboard = await PortalFactory.ParseAsync(await writer.GetAsync("/umbraco"));
        Assert.Equal("/umbraco/content", dashboard.QuerySelector("main a[href^='/umbraco/']")!.GetAttribute("href"));
        var roots = await PortalFactory.ParseAsync(await writer.GetAsync("/umbraco/content"));
        Assert.NotNull(roots.QuerySelector($"tr[data-key='{Home}']"));
    }

    [Fact]
    public async Task Rich_text_tags_links_numbers_and_dropdowns_are_read_and_stored_as_umbraco_stores_them()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

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
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var edit = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        var form = edit.QuerySelector($"form[action='/umbraco/content/{key}']")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(edit.QuerySelector("input[type='hidden'][name='p-document']"));
        var mediaKey = await LocalOfferReportKeyAsync();

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in Forms.Fields(form).Where(f => f.Key is not ("p-attachment-file" or "p-related" or "p-document")))
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
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(values["attachment"])).StatusCode);
    }

    [Fact]
    public async Task The_content_picker_does_not_list_every_page_but_the_picked_one_and_a_search_box()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

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
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
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
        var saved = await Forms.PostAsync(editor, form, new Dictionary<string, string> { ["p-related-pick"] = udi, ["intent"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(udi, (await DraftAsync(key))["related"]);
        var again = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}"));
        Assert.Contains("Admissions", again.QuerySelector("#p-related-current")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_picker_value_that_is_not_a_published_page_is_refused()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

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
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
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
        var saved = await Forms.PostAsync(editor, form, new Dictionary<string, string> { ["p-document-pick"] = mediaKey.ToString(), ["intent"] = "save" });

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
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

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
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.MediaItems.Where(m => m.Name == "Local offer information report" && !m.Trashed).Select(m => m.Key).SingleAsync();
    }

    [Fact]
    public async Task A_number_that_is_not_a_number_and_a_script_link_are_refused()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, key, "save", new() { ["p-count"] = "twelve", ["p-links-url-0"] = "javascript:alert(1)" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-count']"));
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-links-name-0']"));
        Assert.Equal("twelve", page.QuerySelector("#p-count")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_markdown_preview_button_shows_the_rendered_text_without_saving()
    {
        var (key, _) = await CreatePublishedPageAsync("Markdown preview");
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = (await factory.Services.GetRequiredService<IContentRepository>().GetNodeAsync(key))!.DraftVersionId;

        var preview = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}",
            new Dictionary<string, string> { ["p-bodyText"] = "## Who can apply\n\nAny **carer**.", ["preview"] = "bodyText" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await PortalFactory.ParseAsync(preview);
        Assert.Equal("Who can apply", page.QuerySelector("#p-bodyText-preview h2")!.TextContent.Trim());
        Assert.Equal("## Who can apply\n\nAny **carer**.", page.QuerySelector("textarea#p-bodyText")!.TextContent.Replace("\r", "", StringComparison.Ordinal).Trim());
        Assert.Equal(before, (await factory.Services.GetRequiredService<IContentRepository>().GetNodeAsync(key))!.DraftVersionId);
    }

    /// <summary>A document type using editors the site's own types do not (rich text, tags, links, numbers, a dropdown), and a page of it.</summary>
    private async Task<Guid> CreateEditorTestPageAsync()
    {
        var alias = $"editorTest{Guid.NewGuid():N}"[..18];
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            DataType Data(string editor, string config = "{}") => new() { Key = Guid.NewGuid(), Name = $"{alias} {editor}", EditorAlias = editor, Configuration = config };
            var body = Data("Umbraco.RichText");
            var tags = Data("Umbraco.Tags");
            var links = Data("Umbraco.MultiUrlPicker");
            var count = Data("Umbraco.Integer");
            var colour = Data("Umbraco.DropDown.Flexible", """{"multiple":false,"items":["Red","Green"]}""");
            var page = Data("Umbraco.ContentPicker");
            var file = Data("Umbraco.MediaPicker3");
            var upload = Data("Umbraco.UploadField");
            db.DataTypes.AddRange(body, tags, links, count, colour, page, file, upload);
            db.ContentTypes.Add(new ContentType
            {
                Key = Guid.NewGuid(),
                Kind = ContentTypeKind.Document,
                Alias = alias,
                Name = "Editor test",
                AllowAtRoot = true,
                Groups = [new("content", "Content", "Group", 0)],
                Properties =
                [
                    new(Guid.NewGuid(), "body", "Body", body.Key, body.EditorAlias, GroupAlias: "content"),
                    new(Guid.NewGuid(), "tags", "Tags", tags.Key, tags.EditorAlias, GroupAlias: "content"),
                    new(Guid.NewGuid(), "links", "Links", links.Key, links.EditorAlias, GroupAlias: "content"),
                    new(Guid.NewGuid(), "count", "Count", count.Key, count.EditorAlias),
                    new(Guid.NewGuid(), "colour", "Colour", colour.Key, colour.EditorAlias),
                    new(Guid.NewGuid(), "related", "Related page", page.Key, page.EditorAlias),
                    new(Guid.NewGuid(), "document", "Document", file.Key, file.EditorAlias),
                    new(Guid.NewGuid(), "attachment", "Attachment", upload.Key, upload.EditorAlias),
                ],
            });
            await db.SaveChangesAsync();
        }

        var created = await factory.Services.GetRequiredService<ContentService>().CreateAsync(new NewContent("Editor test " + alias, alias, null, new Dictionary<string, string?>()));
        Assert.True(created.Succeeded, created.Message);
        return created.Node!.Key;
    }

    private async Task<Dictionary<string, string?>> DraftAsync(Guid key)
    {
        var repository = factory.Services.GetRequiredService<IContentRepository>();
        return (await repository.GetVersionAsync((await repository.GetNodeAsync(key))!.DraftVersionId))!.Properties;
    }

    private static Dictionary<string, string?> Heading(string heading) => new() { ["heading"] = heading };

    /// <summary>A new published page below Home, so that each test changes its own page.</summary>
    private async Task<(Guid Key, string Path)> CreatePublishedPageAsync(string name)
    {
        var content = factory.Services.GetRequiredService<ContentService>();
        var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];
        var created = await content.CreateAsync(new NewContent(unique, "contentPage", Guid.Parse(Home), Heading($"{name} heading")));
        Assert.True((await content.PublishAsync(created.Node!.Key)).Succeeded);
        return (created.Node!.Key, "/" + UrlSegments.FromName(unique));
    }

    /// <summary>Posts the page's edit form with some fields changed and the given button.</summary>
    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, object key, string intent, Dictionary<string, string> changes)
    {
        changes["intent"] = intent;
        return BackOfficeBrowser.PostFormAsync(client, $"/umbraco/content/{key}", $"/umbraco/content/{key}", changes);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action, string item) =>
        (await factory.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.Audit.AuditLog>().QueryAsync(new(action, Item: item))).Entries;
}
