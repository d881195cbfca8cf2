using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Saving, sending for approval, publishing, unpublishing and previewing pages through the content section.</summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class ContentPublishingTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task An_editor_changes_the_admissions_heading_and_publishes_and_the_public_page_shows_it_at_once()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var reader = Factory.CreateClient();
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
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var reader = Factory.CreateClient();

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
        await Factory.CreateUserAsync(editorEmail, "a long enough password", BackOfficeRoles.Editor);
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);

        var sent = await SaveAsync(writer, key, "approval", new() { ["p-heading"] = "Please approve this heading" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = await MailFolder.WaitForAsync(Factory.DataPath, m => m.To.Contains(editorEmail, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mail, m => m.Text!.Contains($"/umbraco/content/{key}", StringComparison.Ordinal));
        Assert.NotEmpty(await AuditAsync(AuditActions.SendForApproval, key.ToString()));
    }

    [Fact]
    public async Task A_page_of_an_allowed_type_can_be_created_below_another_and_a_type_that_is_not_allowed_is_refused()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var tree = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={Admissions}"));
        var offered = tree.QuerySelectorAll(".app-create-types a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/umbraco/content/create?parent={Admissions}&type=contentPage", offered);
        Assert.DoesNotContain(offered, href => href!.Contains("guidanceItem", StringComparison.Ordinal));

        var create = $"/umbraco/content/create?parent={Admissions}&type=contentPage";
        var created = await BackOfficeBrowser.PostFormAsync(editor, create, create, new Dictionary<string, string> { ["name"] = "In-year admissions", ["p-heading"] = "In-year admissions", ["intent"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var children = await Factory.Services.GetRequiredService<IContentRepository>().GetChildrenAsync(Guid.Parse(Admissions));
        var child = Assert.Single(children, c => c.Name == "In-year admissions");
        Assert.Equal($"/umbraco/content/{child.Key}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"/umbraco/content/create?parent={Admissions}&type=guidanceItem")).StatusCode);
        var token = tree.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await PortalFactory.ParseAsync(await editor.GetAsync(create))).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var disallowed = await editor.PostAsync($"/umbraco/content/create?parent={Admissions}&type=guidanceItem",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "Not here", ["p-heading"] = "Not here" }));
        Assert.Equal(HttpStatusCode.BadRequest, disallowed.StatusCode);
        Assert.DoesNotContain(await Factory.Services.GetRequiredService<IContentRepository>().GetChildrenAsync(Guid.Parse(Admissions)), c => c.Name == "Not here");
    }

    [Fact]
    public async Task Unpublishing_takes_the_page_off_the_public_site()
    {
        var (key, path) = await CreatePublishedPageAsync("Short-lived page");
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var reader = Factory.CreateClient();
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
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        await SaveAsync(writer, key, "save", new() { ["p-heading"] = "The draft heading" });

        var preview = await writer.GetAsync($"/umbraco/content/{key}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var body = await preview.Content.ReadAsStringAsync();
        Assert.Contains("The draft heading", body);
        Assert.Contains("This is a preview", body);

        var anonymous = await Factory.CreateBrowserlikeClient().GetAsync($"/umbraco/content/{key}/preview");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("The draft heading", await Factory.CreateClient().GetStringAsync(path));
    }

    [Fact]
    public async Task A_preview_of_the_guidance_library_lists_its_guidance_as_the_published_page_does()
    {
        var library = Factory.Services.GetRequiredService<VirtualSchool.Portal.Core.Published.IPublishedContentCache>().GetByRoute("/statutory-guidance")!;
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var published = await PortalFactory.ParseAsync(await Factory.CreateClient().GetAsync("/statutory-guidance"));
        var firstItem = published.QuerySelectorAll("main a[href^='/statutory-guidance/']")[0].GetAttribute("href");

        var preview = await editor.GetAsync($"/umbraco/content/{library.Key}/preview");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await PortalFactory.ParseAsync(preview);
        Assert.Contains("This is a preview", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='{firstItem}']"));
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action, string item) =>
        (await Factory.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.Audit.AuditLog>().QueryAsync(new(action, Item: item))).Entries;
}
