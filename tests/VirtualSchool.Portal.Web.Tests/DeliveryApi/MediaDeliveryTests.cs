using System.Net;
using System.Text.Json;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>The media endpoints of the Delivery API against the seed site's media library.</summary>
[Trait("Category", "Integration")]
public sealed class MediaDeliveryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ReportKey = "fbc6b136-dbed-4a34-8d18-f3d2e84d8e83";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_media_item_by_path_or_id_has_Umbracos_shape()
    {
        var byPath = await OkAsync(_client, $"{V2}/media/item/documents/local-offer-information-report");
        var byId = await OkAsync(_client, $"{V2}/media/item/{ReportKey}");

        Assert.Equal(["path", "createDate", "updateDate", "focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], Keys(byPath));
        Assert.Equal(ReportKey, byPath.GetProperty("id").GetString());
        Assert.Equal("/documents/local-offer-information-report/", byPath.GetProperty("path").GetString());
        Assert.Equal("File", byPath.GetProperty("mediaType").GetString());
        Assert.Equal("docx", byPath.GetProperty("extension").GetString());
        Assert.Equal(JsonValueKind.Null, byPath.GetProperty("width").ValueKind);
        Assert.Equal(byPath.ToString(), byId.ToString());
        var file = await _client.GetAsync(byPath.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public async Task Media_items_by_ids_and_a_folder_query_with_filters_and_sorts()
    {
        var items = await OkAsync(_client, $"{V2}/media/items?id={ReportKey}&id={Guid.NewGuid()}");
        var root = await OkAsync(_client, $"{V2}/media?fetch=children:/");
        var folder = await OkAsync(_client, $"{V2}/media?fetch=children:/documents/&filter=mediaType:File&sort=name:asc");
        var none = await OkAsync(_client, $"{V2}/media?fetch=children:/documents/&filter=mediaType:!File");
        var named = await OkAsync(_client, $"{V2}/media?fetch=children:/documents/&filter=name:offer&take=1&skip=0");

        Assert.Equal(["Local offer information report"], Names(items));
        Assert.Contains("Documents", Names(root));
        Assert.Equal(["Local offer information report"], Names(folder));
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Equal(1, named.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("", "Selector option not found")]
    [InlineData("fetch=descendants:/", "Selector option not found")]
    [InlineData("fetch=children:/&filter=size:1", "Filter option not found")]
    [InlineData("fetch=children:/&sort=size:asc", "Sort option not found")]
    [InlineData("fetch=children:/&take=-5", null)]
    public async Task A_bad_media_query_is_a_400_problem(string query, string? title)
    {
        await ProblemAsync(_client, $"{V2}/media?{query}", HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task Unknown_media_is_404()
    {
        await ProblemAsync(_client, $"{V2}/media/item/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await ProblemAsync(_client, $"{V2}/media/item/documents/nothing", HttpStatusCode.NotFound);
    }
}
