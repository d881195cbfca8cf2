using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// A page's "file upload" property adds to the media library, so it follows the library's rules: only a save that
/// is valid and going ahead stores the file, the upload is audited, the same checks and size limit apply (here
/// 2 KB), and writers, who may not manage media, are refused on the field.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ContentUploadFieldTests(SmallUploadFactory factory) : IClassFixture<SmallUploadFactory>
{
    /// <summary>A page of a type of its own with an upload field, a whole-number field (to make a save fail) and a Markdown field (to preview).</summary>
    private async Task<Guid> NewPageAsync()
    {
        var alias = $"uploadTest{Guid.NewGuid():N}"[..18];
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            DataType Data(string editor) => new() { Key = Guid.NewGuid(), Name = $"{alias} {editor}", EditorAlias = editor, Configuration = "{}" };
            var upload = Data("Umbraco.UploadField");
            var count = Data("Umbraco.Integer");
            var notes = Data("Umbraco.MarkdownEditor");
            db.DataTypes.AddRange(upload, count, notes);
            db.ContentTypes.Add(new ContentType
            {
                Key = Guid.NewGuid(),
                Kind = ContentTypeKind.Document,
                Alias = alias,
                Name = "Upload test",
                AllowAtRoot = true,
                Properties =
                [
                    new(Guid.NewGuid(), "attachment", "Attachment", upload.Key, upload.EditorAlias),
                    new(Guid.NewGuid(), "count", "Count", count.Key, count.EditorAlias),
                    new(Guid.NewGuid(), "notes", "Notes", notes.Key, notes.EditorAlias),
                ],
            });
            await db.SaveChangesAsync();
        }

        var created = await factory.Services.GetRequiredService<ContentService>().CreateAsync(new NewContent("Upload test " + alias, alias, null, new Dictionary<string, string?>()));
        Assert.True(created.Succeeded, created.Message);
        return created.Node!.Key;
    }

    private async Task<int> MediaCountAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.MediaItems.CountAsync();
    }

    private async Task<string?> AttachmentAsync(Guid key)
    {
        var repository = factory.Services.GetRequiredService<IContentRepository>();
        return (await repository.GetVersionAsync((await repository.GetNodeAsync(key))!.DraftVersionId))!.Properties.GetValueOrDefault("attachment");
    }

    /// <summary>Posts the page's edit form as a browser would, with a file in the upload field and some fields changed.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid key, string fileName, byte[] bytes, Dictionary<string, string> changes)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync($"/umbraco/content/{key}"));
        var form = page.QuerySelector($"form[action='/umbraco/content/{key}']")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var fields = HtmlForms.Fields(form);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Where(f => f.Key != "p-attachment-file"))
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new("application/octet-stream");
        content.Add(file, "p-attachment-file", fileName);
        return await client.PostAsync($"/umbraco/content/{key}", content);
    }

    private static readonly Dictionary<string, string> Save = new() { ["intent"] = "save" };

    [Fact]
    public async Task An_editors_file_is_stored_on_save_and_audited_as_a_media_upload()
    {
        var key = await NewPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = await MediaCountAsync();

        var saved = await PostAsync(editor, key, "Placement guide.pdf", MediaLibrary.Pdf, Save);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var url = await AttachmentAsync(key);
        Assert.Matches("^/media/[a-z0-9]{8}/placement-guide.pdf$", url);
        Assert.Equal(before + 1, await MediaCountAsync());
        Assert.Equal(MediaLibrary.Pdf, await factory.CreateClient().GetByteArrayAsync(url));
        var entries = (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(AuditActions.MediaUpload))).Entries;
        Assert.Contains(entries, e => e.Detail!.StartsWith(url!, StringComparison.Ordinal) && e.Detail.Contains("'attachment'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_save_or_a_preview_stores_no_file()
    {
        var key = await NewPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = await MediaCountAsync();

        var refused = await PostAsync(editor, key, "guide.pdf", MediaLibrary.Pdf, new() { ["intent"] = "save", ["p-count"] = "twelve" });
        var preview = await PostAsync(editor, key, "guide.pdf", MediaLibrary.Pdf, new() { ["p-notes"] = "**Draft**", ["preview"] = "notes" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await PortalFactory.ParseAsync(refused)).QuerySelector(".govuk-error-summary a[href='#p-count']"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(before, await MediaCountAsync());
        Assert.True(string.IsNullOrEmpty(await AttachmentAsync(key)));
    }

    [Theory]
    [InlineData("tool.exe", "MZ executable")]
    [InlineData("guide.pdf", "not a PDF at all")]
    public async Task A_file_the_media_library_would_refuse_is_refused_on_the_field(string fileName, string contents)
    {
        var key = await NewPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = await MediaCountAsync();

        var refused = await PostAsync(editor, key, fileName, Encoding.ASCII.GetBytes(contents), Save);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-attachment-file']"));
        Assert.NotNull(page.QuerySelector("#p-attachment-error"));
        Assert.Equal(before, await MediaCountAsync());
    }

    [Theory]
    [InlineData(10 * 1024)]
    [InlineData(200 * 1024)]
    public async Task A_file_over_the_media_size_limit_is_a_413_with_the_error_summary(int size)
    {
        var key = await NewPageAsync();
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = await MediaCountAsync();
        var bytes = new byte[size];
        MediaLibrary.Pdf.CopyTo(bytes, 0);

        var refused = await PostAsync(editor, key, "big.pdf", bytes, Save);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(["The selected file must be smaller than 2 KB"], await MediaLibrary.ErrorsAsync(refused));
        Assert.Equal(before, await MediaCountAsync());
    }

    [Fact]
    public async Task A_writer_is_offered_no_file_input_and_a_posted_file_is_refused_on_the_field()
    {
        var key = await NewPageAsync();
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var before = await MediaCountAsync();

        var edit = await PortalFactory.ParseAsync(await writer.GetAsync($"/umbraco/content/{key}"));
        Assert.Null(edit.QuerySelector("input[type='file']"));
        var refused = await PostAsync(writer, key, "guide.pdf", MediaLibrary.Pdf, Save);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.Contains("You cannot add files to the media library", page.QuerySelector(".govuk-error-summary a[href='#p-attachment-file']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await MediaCountAsync());
        Assert.True(string.IsNullOrEmpty(await AttachmentAsync(key)));
    }
}
