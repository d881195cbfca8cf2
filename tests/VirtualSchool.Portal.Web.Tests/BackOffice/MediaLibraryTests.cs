using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Signs in staff and drives the media library's forms as a browser would, multipart uploads included.</summary>
internal static class MediaLibrary
{
    public const string DocumentsFolder = "2f74c132-df23-457e-85db-dff3056f2216";
    public const string LocalOfferReport = "fbc6b136-dbed-4a34-8d18-f3d2e84d8e83";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task<HttpClient> SignInAsync(BackOfficeFactory factory, string role)
    {
        var email = $"{role.Replace(' ', '-').ToLowerInvariant()}-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "a long enough password", role);
        var client = factory.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeBrowser.SignInAsync(client, email, "a long enough password")).StatusCode);
        return client;
    }

    /// <summary>GETs the page (for its antiforgery token and hidden fields), then posts the form with a file.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string pagePath, string formAction, string fileName, byte[] bytes)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync(pagePath));
        var form = page.QuerySelector($"form[action='{formAction}']") ?? throw new InvalidOperationException($"No form posting to {formAction} on {pagePath}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in HtmlForms.Fields(form).Where(f => f.Key != "file"))
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new("application/octet-stream");
        content.Add(file, "file", fileName);
        return await client.PostAsync(formAction, content);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] bytes) =>
        PostFileAsync(client, "/umbraco/media", "/umbraco/media/upload", fileName, bytes);

    /// <summary>The library's rows as name → file link (null for folders).</summary>
    public static async Task<Dictionary<string, string?>> RowsAsync(HttpClient client, string path = "/umbraco/media")
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
        return page.QuerySelectorAll("table.app-media tbody tr").ToDictionary(
            row => row.QuerySelector("td a, td")!.TextContent.Trim(),
            row => row.QuerySelector("td a")?.GetAttribute("href") is { } href && href.StartsWith("/media/", StringComparison.Ordinal) ? href : null);
    }

    public static async Task<IElement> RowAsync(HttpClient client, string name, string path = "/umbraco/media")
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
        return page.QuerySelectorAll("table.app-media tbody tr").Single(row => row.QuerySelector("td")!.TextContent.Trim() == name);
    }

    public static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response) =>
        (await PortalFactory.ParseAsync(response)).QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response) => await PortalFactory.ParseAsync(response);

    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(BackOfficeFactory factory, string action, string item) =>
        (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(action, Item: item))).Entries;
}

/// <summary>Editors (and administrators) manage the media library through the back office.</summary>
[Trait("Category", "Integration")]
public sealed class MediaLibraryTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task An_editor_uploads_a_pdf_which_is_listed_and_downloadable_from_the_public_site()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);

        var uploaded = await MediaLibrary.UploadAsync(editor, "Annual report 2026.pdf", MediaLibrary.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal("/umbraco/media", uploaded.Headers.Location!.OriginalString);
        var after = await editor.GetAsync("/umbraco/media");
        Assert.Contains("'Annual report 2026' has been uploaded.", (await MediaLibrary.PageAsync(after)).QuerySelector(".govuk-notification-banner--success")!.TextContent, StringComparison.Ordinal);
        var row = await MediaLibrary.RowAsync(editor, "Annual report 2026");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["File", $"{MediaLibrary.Pdf.Length} bytes", "PDF"], cells[1..4]);
        var url = row.QuerySelector("td a")!.GetAttribute("href")!;
        Assert.Matches("^/media/[a-z0-9]{8}/annual-report-2026.pdf$", url);

        var download = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(MediaLibrary.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains(url, Assert.Single(await MediaLibrary.AuditAsync(factory, AuditActions.MediaUpload, "Annual report 2026")).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_changes_the_name_editors_see_but_not_the_url_and_a_blank_name_is_refused()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        await MediaLibrary.UploadAsync(editor, "Term dates.pdf", MediaLibrary.Pdf);
        var row = await MediaLibrary.RowAsync(editor, "Term dates");
        var key = Guid.Parse(row.GetAttribute("data-key")!);
        var url = row.QuerySelector("td a")!.GetAttribute("href")!;

        var blank = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/media", $"/umbraco/media/{key}/rename", new Dictionary<string, string> { [$"name-{key:N}"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal($"#name-{key:N}", (await MediaLibrary.PageAsync(blank)).QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));

        var renamed = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/media", $"/umbraco/media/{key}/rename", new Dictionary<string, string> { [$"name-{key:N}"] = "Term dates 2026 to 2027" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var rows = await MediaLibrary.RowsAsync(editor);
        Assert.Equal(url, rows["Term dates 2026 to 2027"]);
        Assert.DoesNotContain("Term dates", rows.Keys);
        Assert.Single(await MediaLibrary.AuditAsync(factory, AuditActions.MediaRename, "Term dates 2026 to 2027"));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("page.html")]
    [InlineData("logo.svg")]
    public async Task Cannot_upload_a_file_whose_extension_is_not_allowed(string fileName)
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var before = await MediaLibrary.RowsAsync(editor);

        var response = await MediaLibrary.UploadAsync(editor, fileName, MediaLibrary.Pdf);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The selected file must be a PDF, Word, Excel, PowerPoint, ODT, CSV, text or image file"], await MediaLibrary.ErrorsAsync(response));
        Assert.Equal(before, await MediaLibrary.RowsAsync(editor));
    }

    [Fact]
    public async Task Cannot_upload_text_named_as_a_pdf()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var before = await MediaLibrary.RowsAsync(editor);

        var response = await MediaLibrary.UploadAsync(editor, "not-really.pdf", Encoding.UTF8.GetBytes("<script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The selected file's contents do not match its .pdf extension"], await MediaLibrary.ErrorsAsync(response));
        Assert.Equal(before, await MediaLibrary.RowsAsync(editor));
    }

    [Fact]
    public async Task Cannot_upload_an_empty_file()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var before = await MediaLibrary.RowsAsync(editor);

        var response = await MediaLibrary.UploadAsync(editor, "empty.pdf", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The selected file is empty"], await MediaLibrary.ErrorsAsync(response));
        Assert.Equal(before, await MediaLibrary.RowsAsync(editor));
    }

    [Fact]
    public async Task A_path_like_file_name_is_stored_under_a_safe_name_inside_the_media_folder()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);

        var response = await MediaLibrary.UploadAsync(editor, "../../etc/passwd.pdf", MediaLibrary.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = (await MediaLibrary.RowsAsync(editor))["passwd"]!;
        Assert.Matches("^/media/[a-z0-9]{8}/passwd.pdf$", url);
        var root = factory.Services.GetRequiredService<MediaFileStore>().Root;
        var stored = Path.GetFullPath(Path.Combine(root, url["/media/".Length..]));
        Assert.StartsWith(root + Path.DirectorySeparatorChar, stored, StringComparison.Ordinal);
        Assert.Equal(MediaLibrary.Pdf, await File.ReadAllBytesAsync(stored));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(root, "..", "..", "etc", "passwd.pdf"))));
    }

    [Fact]
    public async Task Replacing_a_file_keeps_its_url_and_serves_the_new_bytes()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        await MediaLibrary.UploadAsync(editor, "Timetable.pdf", MediaLibrary.Pdf);
        var row = await MediaLibrary.RowAsync(editor, "Timetable");
        var key = row.GetAttribute("data-key")!;
        var url = row.QuerySelector("td a")!.GetAttribute("href")!;
        var newer = Encoding.ASCII.GetBytes("%PDF-1.7\n% the autumn term's timetable\n%%EOF\n");

        var replaced = await MediaLibrary.PostFileAsync(editor, "/umbraco/media", $"/umbraco/media/{key}/replace", "timetable-autumn.pdf", newer);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(url, (await MediaLibrary.RowsAsync(editor))["Timetable"]);
        var download = await factory.CreateClient().GetAsync(url);
        Assert.Equal(newer, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Deleting_a_file_a_page_uses_warns_with_the_page_then_after_confirming_its_url_is_gone_until_restored()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var folder = $"/umbraco/media?folder={MediaLibrary.DocumentsFolder}";
        var url = (await MediaLibrary.RowsAsync(editor, folder))["Local offer information report"]!;
        var anonymous = factory.CreateClient();

        var warned = await BackOfficeBrowser.PostFormAsync(editor, folder, $"/umbraco/media/{MediaLibrary.LocalOfferReport}/delete");

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        var warning = await MediaLibrary.PageAsync(warned);
        Assert.Contains("SEND Local Offer", warning.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["SEND Local Offer"], warning.QuerySelectorAll(".app-media-usages li").Select(li => li.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);

        var confirm = warning.QuerySelector($"form[action='/umbraco/media/{MediaLibrary.LocalOfferReport}/delete']")!;
        var deleted = await HtmlForms.PostAsync(editor, confirm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Local offer information report", (await MediaLibrary.RowsAsync(editor, folder)).Keys);

        var restored = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/media/recycle-bin", $"/umbraco/media/recycle-bin/{MediaLibrary.LocalOfferReport}/restore");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(url, (await MediaLibrary.RowsAsync(editor, folder))["Local offer information report"]);
        Assert.Contains("SEND Local Offer", Assert.Single(await MediaLibrary.AuditAsync(factory, AuditActions.MediaDelete, "Local offer information report")).Detail, StringComparison.Ordinal);
        Assert.Single(await MediaLibrary.AuditAsync(factory, AuditActions.MediaRestore, "Local offer information report"));
    }

    [Fact]
    public async Task An_editor_creates_a_folder_uploads_into_it_and_sees_the_breadcrumbs()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var name = $"Governors {Guid.NewGuid():N}";

        var created = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/media", "/umbraco/media/folders", new Dictionary<string, string> { ["name"] = name });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = (await MediaLibrary.RowAsync(editor, name)).GetAttribute("data-key")!;
        var uploaded = await MediaLibrary.PostFileAsync(editor, $"/umbraco/media?folder={key}", "/umbraco/media/upload", "minutes.pdf", MediaLibrary.Pdf);
        Assert.Equal($"/umbraco/media?folder={key}", uploaded.Headers.Location!.OriginalString);
        var page = await MediaLibrary.PageAsync(await editor.GetAsync($"/umbraco/media?folder={key}"));
        Assert.Equal(["Back office", "Media", name], page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.TextContent.Trim()));
        Assert.Contains("minutes", (await MediaLibrary.RowsAsync(editor, $"/umbraco/media?folder={key}")).Keys);
    }

    [Fact]
    public async Task An_administrator_empties_the_recycle_bin_and_the_files_are_gone_for_good()
    {
        var admin = await factory.SignInAdministratorAsync();
        await MediaLibrary.UploadAsync(admin, "Old leaflet.pdf", MediaLibrary.Pdf);
        var row = await MediaLibrary.RowAsync(admin, "Old leaflet");
        var key = row.GetAttribute("data-key")!;
        var url = row.QuerySelector("td a")!.GetAttribute("href")!;
        var stored = Path.Combine(factory.Services.GetRequiredService<MediaFileStore>().Root, url["/media/".Length..]);
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/media", $"/umbraco/media/{key}/delete")).StatusCode);
        Assert.True(File.Exists(stored));

        var emptied = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/media/recycle-bin", "/umbraco/media/recycle-bin/empty");

        Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        Assert.False(File.Exists(stored));
        var bin = await MediaLibrary.PageAsync(await admin.GetAsync("/umbraco/media/recycle-bin"));
        Assert.Empty(bin.QuerySelectorAll($"tr[data-key='{key}']"));
        Assert.NotEmpty((await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(AuditActions.MediaRecycleBinEmpty))).Entries);
    }

    [Fact]
    public async Task Cannot_post_to_the_media_library_without_an_antiforgery_token()
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var before = await MediaLibrary.RowsAsync(editor);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(MediaLibrary.Pdf), "file", "forged.pdf" } };

        var upload = await editor.PostAsync("/umbraco/media/upload", content);
        var folder = await editor.PostAsync("/umbraco/media/folders", new FormUrlEncodedContent([new("name", "Forged")]));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, folder.StatusCode);
        Assert.Equal(before, await MediaLibrary.RowsAsync(editor));
    }

    [Fact]
    public async Task Writers_and_anonymous_users_are_refused_every_media_page_and_post_and_editors_cannot_empty_the_bin()
    {
        var writer = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Writer);
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var anonymous = factory.CreateBrowserlikeClient();
        var key = MediaLibrary.LocalOfferReport;
        string[] pages = ["/umbraco/media", $"/umbraco/media?folder={MediaLibrary.DocumentsFolder}", "/umbraco/media/recycle-bin"];
        string[] posts = ["/umbraco/media/upload", "/umbraco/media/folders", $"/umbraco/media/{key}/rename", $"/umbraco/media/{key}/replace",
            $"/umbraco/media/{key}/delete", $"/umbraco/media/recycle-bin/{key}/restore", "/umbraco/media/recycle-bin/empty"];

        foreach (var (client, refusedTo) in new[] { (writer, "/umbraco/denied"), (anonymous, "/umbraco/login") })
        {
            // A real token for this client, from the sign-in page or the writer's dashboard.
            var tokenPage = await MediaLibrary.PageAsync(await client.GetAsync(client == writer ? "/umbraco" : "/umbraco/login"));
            var token = tokenPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            foreach (var path in pages)
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith(refusedTo, response.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            }

            foreach (var path in posts)
            {
                var response = await client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("name", "Taken over"), new("confirm", "true")]));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith(refusedTo, response.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            }
        }

        var dashboard = await MediaLibrary.PageAsync(await writer.GetAsync("/umbraco"));
        Assert.DoesNotContain(dashboard.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/umbraco/media");
        var empty = await editor.PostAsync("/umbraco/media/recycle-bin/empty", new FormUrlEncodedContent([]));
        Assert.StartsWith("/umbraco/denied", empty.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        Assert.Equal("Local offer information report", (await MediaLibrary.RowAsync(editor, "Local offer information report", $"/umbraco/media?folder={MediaLibrary.DocumentsFolder}")).QuerySelector("td")!.TextContent.Trim());
    }
}

/// <summary>A portal that accepts uploads of at most 2 KB, to show what happens to larger ones.</summary>
public sealed class SmallUploadFactory : BackOfficeFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Portal:Media:MaxUploadBytes"] = "2048",
    };
}

[Trait("Category", "Integration")]
public sealed class MediaUploadLimitTests(SmallUploadFactory factory) : IClassFixture<SmallUploadFactory>
{
    [Theory]
    [InlineData(10 * 1024)]
    [InlineData(200 * 1024)]
    public async Task Cannot_upload_a_file_over_the_limit_and_gets_a_413_with_the_reason(int size)
    {
        var editor = await MediaLibrary.SignInAsync(factory, BackOfficeRoles.Editor);
        var before = await MediaLibrary.RowsAsync(editor);
        var bytes = new byte[size];
        MediaLibrary.Pdf.CopyTo(bytes, 0);

        var response = await MediaLibrary.UploadAsync(editor, "big.pdf", bytes);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["The selected file must be smaller than 2 KB"], await MediaLibrary.ErrorsAsync(response));
        Assert.Equal(before, await MediaLibrary.RowsAsync(editor));
    }
}
