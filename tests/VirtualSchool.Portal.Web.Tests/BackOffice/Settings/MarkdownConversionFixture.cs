using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.Tests.BackOffice.Settings;

/// <summary>
/// Each test's own document type with a Markdown property and a rich-text data type to change it to, and pages of
/// that type below Home, so that tests never convert each other's pages or the seed's.
/// </summary>
public sealed class MarkdownConversionFixture(BackOfficeFactory factory)
{
    public const string Home = "821d015e-2228-41c7-a5fa-82eee8400787";

    /// <summary>The seeded Local Offer report, a Word document in the media library.</summary>
    public static readonly Guid LocalOfferReport = Guid.Parse("fbc6b136-dbed-4a34-8d18-f3d2e84d8e83");

    public const string LocalOfferReportUrl = "/media/osl21et1/local-offer-information-report.docx";

    public BackOfficeFactory Factory => factory;

    public ContentService Content => factory.Services.GetRequiredService<ContentService>();

    public string TypeAlias { get; private set; } = "";

    public Guid RichTextKey { get; private set; }

    public Guid MarkdownKey { get; private set; }

    public string RichTextUrl => $"/umbraco/settings/document-types/{TypeAlias}/properties/body/rich-text";

    public Guid ContactKey => factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/contact")!.Key;

    public async Task CreateTypeAsync()
    {
        TypeAlias = $"convertTest{Guid.NewGuid():N}"[..20];
        await using var db = await DbAsync();
        var markdown = new DataType { Key = Guid.NewGuid(), Name = $"{TypeAlias} Markdown", EditorAlias = "Umbraco.MarkdownEditor", Configuration = "{}" };
        var richText = new DataType { Key = Guid.NewGuid(), Name = $"{TypeAlias} Rich text", EditorAlias = "Umbraco.RichText", EditorUiAlias = "Umb.PropertyEditorUi.Tiptap", Configuration = "{}" };
        db.DataTypes.AddRange(markdown, richText);
        db.ContentTypes.Add(new ContentType
        {
            Key = Guid.NewGuid(),
            Kind = ContentTypeKind.Document,
            Alias = TypeAlias,
            Name = "Conversion test " + TypeAlias[^8..],
            Groups = [new("content", "Content", "Group", 0)],
            Properties = [new(Guid.NewGuid(), "body", "Body text", markdown.Key, markdown.EditorAlias, GroupAlias: "content")],
        });
        await db.SaveChangesAsync();
        (MarkdownKey, RichTextKey) = (markdown.Key, richText.Key);
    }

    public async Task<(Guid Key, string Path)> CreatePageAsync(string name, string? body, bool publish = true)
    {
        var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];
        var values = new Dictionary<string, string?> { ["body"] = body };
        var created = await Content.CreateAsync(new NewContent(unique, TypeAlias, Guid.Parse(Home), values), enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        if (publish)
        {
            Assert.True((await Content.PublishAsync(created.Node!.Key, validate: false)).Succeeded);
        }

        return (created.Node!.Key, "/" + UrlSegments.FromName(unique));
    }

    public async Task<PortalDbContext> DbAsync() =>
        await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public async Task<(ContentNode Node, ContentVersion Draft, ContentVersion? Published, int Versions)> ReadAsync(Guid key)
    {
        await using var db = await DbAsync();
        var node = await db.ContentNodes.AsNoTracking().SingleAsync(n => n.Key == key);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.NodeId == node.Id).ToListAsync();
        return (node, versions.Single(v => v.Id == node.DraftVersionId), versions.SingleOrDefault(v => v.Id == node.PublishedVersionId), versions.Count);
    }

    public async Task<PropertyType> PropertyAsync()
    {
        await using var db = await DbAsync();
        var type = await db.ContentTypes.AsNoTracking().SingleAsync(t => t.Alias == TypeAlias);
        return type.Properties.Single(p => p.Alias == "body");
    }
}
