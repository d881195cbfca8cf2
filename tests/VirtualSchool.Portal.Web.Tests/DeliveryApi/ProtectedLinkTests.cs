using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Multi-URL and tree pickers that point at protected content or media: the links are dropped, not emptied.</summary>
[Trait("Category", "Integration")]
public sealed class ProtectedLinkTests(ProtectedContentTests.Factory factory) : IClassFixture<ProtectedContentTests.Factory>
{
    private const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";
    private const string AdmissionsKey = "d2e84d00-479a-4965-9b11-3f002de098e0";

    [Fact]
    public async Task Links_and_tree_pickers_leave_out_protected_items_expanded_or_not()
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.ContentTypes.Add(new ContentType
            {
                Key = Guid.NewGuid(),
                Kind = ContentTypeKind.Document,
                Alias = "linkPage",
                Name = "Link page",
                Properties =
                [
                    new PropertyType(Guid.NewGuid(), "links", "Links", Guid.NewGuid(), "Umbraco.MultiUrlPicker"),
                    new PropertyType(Guid.NewGuid(), "related", "Related", Guid.NewGuid(), "Umbraco.MultiNodeTreePicker"),
                ],
            });
            await db.SaveChangesAsync();
        }

        var about = Guid.Parse(ProtectedContentTests.AboutKey).ToString("N");
        var admissions = Guid.Parse(AdmissionsKey).ToString("N");
        var report = Guid.Parse(ProtectedContentTests.ReportKey).ToString("N");
        var content = factory.Services.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(
            new NewContent("Useful links", "linkPage", Guid.Parse(HomeKey), new Dictionary<string, string?>
            {
                ["links"] = $$"""
                    [{"name":"About us","udi":"umb://document/{{about}}"},
                     {"name":"Admissions","udi":"umb://document/{{admissions}}"},
                     {"name":"GOV.UK","url":"https://www.gov.uk/","target":"_blank"},
                     {"name":"The report","udi":"umb://media/{{report}}"}]
                    """,
                ["related"] = $"umb://document/{about},umb://document/{admissions}",
            }),
            enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await content.PublishAsync(created.Node!.Key, validate: false)).Succeeded);
        var client = factory.CreateClient();

        foreach (var query in new[] { "", "?expand=properties[$all]", "?expand=properties[related[properties[$all]]]" })
        {
            var item = await OkAsync(client, $"{V2}/content/item/useful-links{query}");
            var properties = item.GetProperty("properties");
            var links = properties.GetProperty("links").EnumerateArray().ToList();

            Assert.Equal(["Admissions", "GOV.UK"], links.Select(l => l.GetProperty("title").GetString()));
            Assert.Equal(["Content", "External"], links.Select(l => l.GetProperty("linkType").GetString()));
            Assert.Equal("/admissions/", links[0].GetProperty("route").GetProperty("path").GetString());
            Assert.Equal("https://www.gov.uk/", links[1].GetProperty("url").GetString());
            Assert.Equal(["Admissions"], Names(properties.GetProperty("related")));
            Assert.DoesNotContain(ProtectedContentTests.AboutKey, item.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(ProtectedContentTests.ReportKey, item.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
