using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// Content restricted to member groups never reaches an anonymous Delivery API caller: not as an item, not in a
/// query's items or total, not through a picker, expanded or not.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ProtectedContentTests(ProtectedContentTests.Factory factory) : IClassFixture<ProtectedContentTests.Factory>
{
    internal const string AboutKey = "002f8208-c5e7-4448-8e91-feb51738be00";
    private const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";
    private const string BoardKey = "fea128de-3c81-46d9-a240-0b4f61bb57a9";
    private const string NotFoundPageKey = "419e25e4-e9b9-454e-ba44-512ed3f73b92";
    internal const string ReportKey = "fbc6b136-dbed-4a34-8d18-f3d2e84d8e83";

    /// <summary>The portal with public-access rules: About (and so the board below it), the 404 page and the Local Offer report are for members.</summary>
    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "protected-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:DeliveryApi:ApiKey"] = ApiKey };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPublicAccess, MembersOnly>());
        }
    }

    /// <summary>A test double of the public-access boundary: a few nodes restricted, inherited by their descendants.</summary>
    internal sealed class MembersOnly(IPublishedContentCache cache) : IPublicAccess
    {
        private static readonly IReadOnlySet<string> Members = new HashSet<string> { "Board members" };
        private static readonly HashSet<Guid> Restricted = [Guid.Parse(AboutKey), Guid.Parse(NotFoundPageKey)];

        public IReadOnlySet<string>? AllowedGroups(PublishedContent content)
        {
            for (var current = content; current is not null; current = current.ParentKey is { } parent ? cache.GetByKey(parent) : null)
            {
                if (Restricted.Contains(current.Key))
                {
                    return Members;
                }
            }

            return null;
        }

        public IReadOnlySet<string>? AllowedMediaGroups(Guid mediaKey) => mediaKey == Guid.Parse(ReportKey) ? Members : null;
    }

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_draft_below_protected_content_is_refused_in_preview_by_path_by_id_and_by_ids()
    {
        var content = factory.Services.GetRequiredService<ContentService>();
        var child = await content.CreateAsync(new NewContent("Members draft", "contentPage", Guid.Parse(AboutKey),
            new Dictionary<string, string?> { ["heading"] = "Secret" }));
        var grandchild = await content.CreateAsync(new NewContent("Members grandchild", "contentPage", child.Node!.Key,
            new Dictionary<string, string?> { ["heading"] = "Secret too" }));
        var key = grandchild.Node!.Key;
        (string, string)[] preview = [("Preview", "true"), ("Api-Key", Factory.ApiKey)];

        await ProblemAsync(_client, $"{V2}/content/item/about/members-draft", HttpStatusCode.Unauthorized, null, preview);
        await ProblemAsync(_client, $"{V2}/content/item/about/members-draft/members-grandchild", HttpStatusCode.Unauthorized, null, preview);
        await ProblemAsync(_client, $"{V2}/content/item/preview-{key}", HttpStatusCode.Unauthorized, null, preview);
        await ProblemAsync(_client, $"{V2}/content/item/{key}", HttpStatusCode.Unauthorized, null, preview);
        await ProblemAsync(_client, $"{V2}/content/items?id={key}", HttpStatusCode.Unauthorized, null, preview);
    }

    [Fact]
    public async Task A_protected_item_is_refused_by_path_and_by_id()
    {
        await ProblemAsync(_client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized);
        await ProblemAsync(_client, $"{V2}/content/item/about/management-board", HttpStatusCode.Unauthorized);
        await ProblemAsync(_client, $"{V2}/content/item/{BoardKey}", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Items_by_ids_with_one_protected_id_are_401_for_the_whole_request_and_show_none_of_it()
    {
        // As Umbraco's ByIdsContentApiController: the member access check over every item found refuses the request.
        var (status, json, _) = await GetAsync(_client, $"{V2}/content/items?id={HomeKey}&id={BoardKey}");
        var onlyProtected = await ProblemAsync(_client, $"{V2}/content/items?id={AboutKey}&id={BoardKey}&id={NotFoundPageKey}", HttpStatusCode.Unauthorized);
        var publicOnes = await OkAsync(_client, $"{V2}/content/items?id={HomeKey}&id={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain(BoardKey, json.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Management Board", json.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AboutKey, onlyProtected.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Home"], Names(publicOnes));
    }

    [Fact]
    public async Task Protected_nodes_never_appear_in_fetch_or_filter_results_or_totals()
    {
        var children = await OkAsync(_client, $"{V2}/content?fetch=children:/&take=100");
        var descendants = await OkAsync(_client, $"{V2}/content?fetch=descendants:/&take=100");
        var underAbout = await OkAsync(_client, $"{V2}/content?fetch=children:{AboutKey}");
        var boards = await OkAsync(_client, $"{V2}/content?filter=contentType:boardPage");
        var named = await OkAsync(_client, $"{V2}/content?filter=name:board");
        var all = await OkAsync(_client, $"{V2}/content?take=100");

        Assert.DoesNotContain("About", Names(children));
        Assert.DoesNotContain("Page not found", Names(children));
        Assert.Equal(children.GetProperty("items").GetArrayLength(), children.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Management Board", Names(descendants));
        Assert.Equal(0, underAbout.GetProperty("total").GetInt32());
        Assert.Equal(0, boards.GetProperty("total").GetInt32());
        Assert.Equal(0, named.GetProperty("total").GetInt32());
        // 33 public pages in the seed (the priority checker under Admissions among them), less About and the five public
        // pages below it, and the 404 page.
        Assert.Equal(26, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_picker_never_shows_a_protected_item_expanded_or_not()
    {
        foreach (var query in new[] { "", "?expand=properties[$all]", "?expand=properties[notFoundPage]", "?expand=properties[notFoundPage[properties[$all]]]" })
        {
            var home = await OkAsync(_client, $"{V2}/content/item/{query}");
            Assert.Equal(JsonValueKind.Null, home.GetProperty("properties").GetProperty("notFoundPage").ValueKind);
            Assert.DoesNotContain(NotFoundPageKey, home.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        var offer = await OkAsync(_client, $"{V2}/content/item/send-local-offer?expand=properties[$all]");
        Assert.Equal(0, offer.GetProperty("properties").GetProperty("report").GetArrayLength());
        await ProblemAsync(_client, $"{V2}/media/item/{ReportKey}", HttpStatusCode.NotFound);
        var folder = await OkAsync(_client, $"{V2}/media?fetch=children:/documents");
        Assert.Equal(0, folder.GetProperty("total").GetInt32());
    }
}
