using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.PropertyEditors;

/// <summary>
/// Pages with a rich-text body for the rich-text tests: a document type of their own (the seed's types may use
/// Markdown), pages created and published through the content service as the back office does, a body saved through
/// the back office's form, and the page and Delivery API answers read as a reader and a client see them. The rich-text
/// data type has the given configuration (Umbraco 17's Tiptap <c>extensions</c> and <c>toolbar</c>; the default when empty).
/// </summary>
internal sealed class RichTextPages(BackOfficeFactory portal, string configuration = "{}")
{
    public const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";

    private string? _alias;

    public ContentService Content => portal.Services.GetRequiredService<ContentService>();

    /// <summary>A published page (of the rich-text type) under <paramref name="parent"/> (Home when null), with its body stored as given.</summary>
    public async Task<Guid> PublishAsync(string name, string? body = null, Guid? parent = null)
    {
        var alias = await DocumentTypeAsync();
        var created = await Content.CreateAsync(
            new NewContent(name, alias, parent ?? Guid.Parse(HomeKey), new Dictionary<string, string?> { ["body"] = body }), enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await Content.PublishAsync(created.Node!.Key, validate: false)).Succeeded);
        return created.Node!.Key;
    }

    /// <summary>Saves and publishes the page's body through the back office's edit form, as an editor does.</summary>
    public async Task SaveThroughBackOfficeAsync(Guid key, string body)
    {
        var editor = await portal.SignInAsync(BackOfficeRoles.Editor);
        var saved = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}", new Dictionary<string, string>
        {
            ["intent"] = "publish",
            ["p-body"] = body,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>The body as stored in the page's published version.</summary>
    public async Task<string?> StoredBodyAsync(Guid key)
    {
        var repository = portal.Services.GetRequiredService<IContentRepository>();
        var node = (await repository.GetNodeAsync(key))!;
        return (await repository.GetVersionAsync(node.PublishedVersionId!.Value))!.Properties.GetValueOrDefault("body");
    }

    /// <summary>The page's current route, from the published cache.</summary>
    public string Route(Guid key) =>
        portal.Services.GetRequiredService<Core.Published.IPublishedContentCache>().GetByKey(key)!.Route!;

    /// <summary>The rendered body of the published page (what is inside its "Body" section), as an anonymous reader gets it.</summary>
    public async Task<IElement> PageBodyAsync(Guid key)
    {
        var response = await portal.CreateClient().GetAsync(Route(key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        return page.QuerySelector("#property-body")!.ParentElement!;
    }

    /// <summary>The Delivery API's <c>body</c> for the page: its markup, and the whole JSON as text.</summary>
    public async Task<(string Markup, string Json)> DeliveredBodyAsync(Guid key)
    {
        var item = await OkAsync(portal.CreateClient(), $"{V2}/content/item/{key}");
        var body = item.GetProperty("properties").GetProperty("body");
        Assert.Equal(0, body.GetProperty("blocks").GetArrayLength());
        return (body.GetProperty("markup").GetString()!, item.GetRawText());
    }

    private async Task<string> DocumentTypeAsync()
    {
        if (_alias is not null)
        {
            return _alias;
        }

        var alias = $"richText{Guid.NewGuid():N}"[..16];
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var body = new DataType { Key = Guid.NewGuid(), Name = $"{alias} rich text", EditorAlias = "Umbraco.RichText", Configuration = configuration };
        db.DataTypes.Add(body);
        db.ContentTypes.Add(new ContentType
        {
            Key = Guid.NewGuid(),
            Kind = ContentTypeKind.Document,
            Alias = alias,
            Name = "Rich text page",
            AllowAtRoot = true,
            Groups = [new("content", "Content", "Group", 0)],
            Properties = [new(Guid.NewGuid(), "body", "Body", body.Key, body.EditorAlias, GroupAlias: "content")],
        });
        await db.SaveChangesAsync();
        return _alias = alias;
    }
}
