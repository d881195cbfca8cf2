using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>
/// What a rich-text journey needs, made fresh for each test: a page below Home whose document type has a rich-text
/// body (the default toolbar unless a data type configuration is given), a published page to link to and a Word document in the media library, all with names
/// no other test uses.
/// </summary>
public sealed record RichTextTestContent(Guid Page, Guid Target, string TargetName, string TargetRoute, Guid File, string FileName, string FileUrl)
{
    private static readonly Guid Home = Guid.Parse("821d015e-2228-41c7-a5fa-82eee8400787");

    public static async Task<RichTextTestContent> CreateAsync(BackOfficeFactory portal, string configuration = "{}")
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var alias = "richTextPage" + unique;
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var richText = new DataType { Key = Guid.NewGuid(), Name = "Rich text " + unique, EditorAlias = "Umbraco.RichText", Configuration = configuration };
            db.DataTypes.Add(richText);
            db.ContentTypes.Add(new ContentType
            {
                Key = Guid.NewGuid(),
                Kind = ContentTypeKind.Document,
                Alias = alias,
                Name = "Rich text page " + unique,
                Groups = [new("content", "Content", "Group", 0)],
                Properties = [new(Guid.NewGuid(), "body", "Body", richText.Key, richText.EditorAlias, GroupAlias: "content")],
            });
            await db.SaveChangesAsync();
        }

        var content = portal.Services.GetRequiredService<ContentService>();
        var page = await content.CreateAsync(new NewContent("Short breaks guide " + unique, alias, Home, new Dictionary<string, string?>()), enforceStructure: false);
        Assert.True(page.Succeeded, page.Message);

        var targetName = "Respite care " + unique;
        var target = (await content.CreateAsync(new NewContent(targetName, "contentPage", Home, new Dictionary<string, string?> { ["heading"] = targetName }))).Node!;
        Assert.True((await content.PublishAsync(target.Key)).Succeeded);
        var route = portal.Services.GetRequiredService<IPublishedContentCache>().GetByKey(target.Key)!.Route!;

        var fileName = "Short breaks plan " + unique;
        var docx = Directory.GetFiles(Path.Combine(PortalFactory.RepositoryRoot, "uSync"), "local-offer-information-report.docx", SearchOption.AllDirectories).Single();
        await using var stream = System.IO.File.OpenRead(docx);
        var file = await portal.Services.GetRequiredService<MediaService>().UploadAsync("short-breaks-plan.docx", stream, name: fileName);
        Assert.True(file.Succeeded, file.Message);

        var item = file.Item!;
        return new(page.Node!.Key, target.Key, targetName, route, item.Key, fileName, item.Url!);
    }

    /// <summary>The page's body as its current draft stores it.</summary>
    public async Task<string?> StoredBodyAsync(BackOfficeFactory portal)
    {
        var repository = portal.Services.GetRequiredService<IContentRepository>();
        var version = await repository.GetVersionAsync((await repository.GetNodeAsync(Page))!.DraftVersionId);
        return version!.Properties.GetValueOrDefault("body");
    }
}
