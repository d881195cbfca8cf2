using System.Net;
using System.Text.Json;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Items by path and by id, the root, unknown items and the version 1 routes.</summary>
[Trait("Category", "Integration")]
[Collection(ContentDeliveryCollection.Name)]
public sealed class DeliveryItemTests(ContentDeliveryTests.Factory factory) : ContentDeliveryTests(factory)
{
    [Fact]
    public async Task An_item_by_path_has_Umbracos_shape_with_its_route_below_the_start_item()
    {
        var item = await OkAsync(Client, $"{V2}/content/item/about/management-board");

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], Keys(item));
        Assert.Equal("boardPage", item.GetProperty("contentType").GetString());
        Assert.Equal("Management Board", item.GetProperty("name").GetString());
        Assert.Equal(BoardKey, item.GetProperty("id").GetString());
        Assert.Equal("/about/management-board/", item.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(HomeKey, item.GetProperty("route").GetProperty("startItem").GetProperty("id").GetString());
        Assert.Equal("home", item.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Object, item.GetProperty("cultures").ValueKind);
        Assert.True(DateTime.TryParse(item.GetProperty("createDate").GetString(), out _));
        Assert.Equal(JsonValueKind.String, item.GetProperty("properties").GetProperty("heading").ValueKind);
    }

    [Fact]
    public async Task The_root_answers_at_an_empty_path_and_a_trailing_slash_is_the_same_item()
    {
        var root = await OkAsync(Client, $"{V2}/content/item/");
        var about = await OkAsync(Client, $"{V2}/content/item/about/");

        Assert.Equal(HomeKey, root.GetProperty("id").GetString());
        Assert.Equal("/", root.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(AboutKey, about.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_item_by_id_and_items_by_ids_skip_what_does_not_exist()
    {
        var board = await OkAsync(Client, $"{V2}/content/item/{BoardKey}");
        var items = await OkAsync(Client, $"{V2}/content/items?id={AboutKey}&id={Guid.NewGuid()}&id={BoardKey}");

        Assert.Equal("Management Board", board.GetProperty("name").GetString());
        Assert.Equal(["About", "Management Board"], Names(items));
        Assert.Equal("/about/", items[0].GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Unknown_items_are_404_problem_details_and_bad_ids_are_400()
    {
        await ProblemAsync(Client, $"{V2}/content/item/no/such/page", HttpStatusCode.NotFound);
        await ProblemAsync(Client, $"{V2}/content/item/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await ProblemAsync(Client, $"{V2}/content/items?id=not-a-guid", HttpStatusCode.BadRequest);
        await ProblemAsync(Client, $"{V2}/content/nothing-here", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Version_1_routes_answer_the_same_as_version_2()
    {
        var v1 = await Client.GetStringAsync("/umbraco/delivery/api/v1/content/item/about");
        var v2 = await Client.GetStringAsync($"{V2}/content/item/about");

        Assert.Equal(v2, v1);
    }
}
