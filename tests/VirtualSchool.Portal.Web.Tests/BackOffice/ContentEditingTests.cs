using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// Editors, writers and administrators change pages through the content section, as a browser without JavaScript
/// would: the helpers the publishing, validation, tree, access and property-editor tests share.
/// </summary>
public abstract class ContentEditingTests(BackOfficeFactory factory)
{
    protected BackOfficeFactory Factory => factory;

    protected const string Home = "821d015e-2228-41c7-a5fa-82eee8400787";
    protected const string Admissions = "d2e84d00-479a-4965-9b11-3f002de098e0";
    protected const string ChildrenAct = "0848a47e-69eb-4986-9a3b-d89a75791c90";
    protected const string StatutoryGuidance = "c93c5671-00a9-4ac2-a088-a16f6de5733a";

    /// <summary>A document type using editors the site's own types do not (rich text, tags, links, numbers, a dropdown), and a page of it.</summary>
    protected async Task<Guid> CreateEditorTestPageAsync()
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

    protected static Dictionary<string, string?> Heading(string heading) => new() { ["heading"] = heading };

    /// <summary>A new published page below Home, so that each test changes its own page.</summary>
    protected async Task<(Guid Key, string Path)> CreatePublishedPageAsync(string name)
    {
        var content = factory.Services.GetRequiredService<ContentService>();
        var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];
        var created = await content.CreateAsync(new NewContent(unique, "contentPage", Guid.Parse(Home), Heading($"{name} heading")));
        Assert.True((await content.PublishAsync(created.Node!.Key)).Succeeded);
        return (created.Node!.Key, "/" + UrlSegments.FromName(unique));
    }

    /// <summary>Posts the page's edit form with some fields changed and the given button.</summary>
    protected static Task<HttpResponseMessage> SaveAsync(HttpClient client, object key, string intent, Dictionary<string, string> changes)
    {
        changes["intent"] = intent;
        return BackOfficeBrowser.PostFormAsync(client, $"/umbraco/content/{key}", $"/umbraco/content/{key}", changes);
    }
}
