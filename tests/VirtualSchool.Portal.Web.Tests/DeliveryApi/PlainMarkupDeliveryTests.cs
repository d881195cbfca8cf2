using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// The Delivery API returns content, not the site's presentation: Markdown and rich text come as plain markup,
/// as Umbraco's do, and only the site's own pages add GOV.UK Frontend's classes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PlainMarkupDeliveryTests(BackOfficeFactory portal) : IClassFixture<BackOfficeFactory>
{
    private const string Home = "821d015e-2228-41c7-a5fa-82eee8400787";

    [Fact]
    public async Task A_seeded_body_text_comes_from_the_api_without_govuk_classes_and_the_page_keeps_them()
    {
        var client = portal.CreateClient();
        var item = await OkAsync(client, $"{V2}/content/item/admissions");
        var body = item.GetProperty("properties").GetProperty("bodyText").GetProperty("markup").GetString()!;
        Assert.Contains("<h2", body, StringComparison.Ordinal);
        Assert.Contains("<strong>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-", body, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", body, StringComparison.Ordinal);

        var page = await PortalFactory.ParseAsync(await client.GetAsync("/admissions"));
        Assert.NotNull(page.QuerySelector("main h2.govuk-heading-l"));
        Assert.NotNull(page.QuerySelector("main p.govuk-body strong"));
    }

    [Fact]
    public async Task Rich_text_saved_in_the_back_office_is_stored_and_delivered_plain_and_the_page_adds_the_classes()
    {
        var (key, path) = await CreateRichTextPageAsync();
        var editor = await portal.SignInAsync(BackOfficeRoles.Editor);
        var saved = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{key}", $"/umbraco/content/{key}", new Dictionary<string, string>
        {
            ["intent"] = "publish",
            ["p-body"] = "<h2>Who can apply</h2><p>Read the <a href=\"/admissions\">admissions rules</a>.</p><ul><li>Carers</li></ul>",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var repository = portal.Services.GetRequiredService<IContentRepository>();
        var stored = (await repository.GetVersionAsync((await repository.GetNodeAsync(key))!.PublishedVersionId!.Value))!.Properties["body"];
        Assert.DoesNotContain("govuk-", stored, StringComparison.Ordinal);

        var client = portal.CreateClient();
        var item = await OkAsync(client, $"{V2}/content/item/{key}");
        var markup = item.GetProperty("properties").GetProperty("body").GetProperty("markup").GetString()!;
        Assert.Contains("<a href=\"/admissions\">admissions rules</a>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-", markup, StringComparison.Ordinal);

        var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
        Assert.Equal("admissions rules", page.QuerySelector("main a.govuk-link[href='/admissions']")!.TextContent);
        Assert.NotNull(page.QuerySelector("main ul.govuk-list li"));
    }

    /// <summary>A document type with a rich text property (the seed's types use Markdown), and a published page of it.</summary>
    private async Task<(Guid Key, string Path)> CreateRichTextPageAsync()
    {
        var alias = $"richText{Guid.NewGuid():N}"[..16];
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var body = new DataType { Key = Guid.NewGuid(), Name = $"{alias} rich text", EditorAlias = "Umbraco.RichText", Configuration = "{}" };
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
        }

        var content = portal.Services.GetRequiredService<ContentService>();
        var name = $"Rich text {Guid.NewGuid():N}"[..18];
        var created = await content.CreateAsync(new NewContent(name, alias, Guid.Parse(Home), new Dictionary<string, string?>()), enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await content.PublishAsync(created.Node!.Key)).Succeeded);
        return (created.Node!.Key, "/" + UrlSegments.FromName(name));
    }
}
