using System.Text.Json;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>A real Umbraco 17 site's export (domains, block grids, block lists, rich text) served as Umbraco serves it.</summary>
[Trait("Category", "Integration")]
public sealed class ConsultingV17DeliveryTests(ConsultingV17ImportFactory factory) : IClassFixture<ConsultingV17ImportFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_domain_root_answers_at_the_top_below_its_top_level_start_item()
    {
        var home = await OkAsync(_client, $"{V2}/content/item/");

        Assert.Equal("Kezdőlap", home.GetProperty("name").GetString());
        Assert.Equal("homePage", home.GetProperty("contentType").GetString());
        Assert.Equal("/", home.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("executive-insights", home.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_block_grid_is_grid_columns_and_items_with_areas_content_and_settings()
    {
        var about = await OkAsync(_client, $"{V2}/content/item/rolunk");
        var grid = about.GetProperty("properties").GetProperty("bodyGrid");

        Assert.Equal(12, grid.GetProperty("gridColumns").GetInt32());
        var first = grid.GetProperty("items")[0];
        Assert.Equal(["rowSpan", "columnSpan", "areaGridColumns", "areas", "content", "settings"], Keys(first));
        Assert.Equal("oneColumnLayout", first.GetProperty("content").GetProperty("contentType").GetString());
        Assert.Equal(["contentType", "id", "properties"], Keys(first.GetProperty("content")));
        Assert.Equal("full", first.GetProperty("areas")[0].GetProperty("alias").GetString());
        var story = grid.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("areas").EnumerateArray())
            .SelectMany(a => a.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("content"))
            .First(c => c.GetProperty("contentType").GetString() == "storyComponent");
        var richText = story.GetProperty("properties").GetProperty("richText");
        Assert.Equal(["markup", "blocks"], Keys(richText));
        Assert.Contains("2013-ban", richText.GetProperty("markup").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, richText.GetProperty("blocks").ValueKind);
    }

    [Fact]
    public async Task Every_published_page_answers_as_an_item_and_in_a_query()
    {
        var all = await OkAsync(_client, $"{V2}/content?take=100");

        Assert.True(all.GetProperty("total").GetInt32() >= 2);
        foreach (var item in all.GetProperty("items").EnumerateArray())
        {
            var path = item.GetProperty("route").GetProperty("path").GetString()!;
            var byPath = await OkAsync(_client, $"{V2}/content/item{path}");
            Assert.Equal(item.GetProperty("id").GetString(), byPath.GetProperty("id").GetString());
        }
    }
}

public sealed class ConsultingV17ImportFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Portal:USync:Folder"] = Path.Combine(SharedFolder, "fixtures", "usync", "consulting-v17") };
}

/// <summary>A real Umbraco 9 site's export, rich text as <c>{ markup, blocks }</c>.</summary>
[Trait("Category", "Integration")]
public sealed class H5yrV9DeliveryTests(H5yrV9DeliveryTests.Factory factory) : IClassFixture<H5yrV9DeliveryTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Portal:USync:Folder"] = Path.Combine(SharedFolder, "fixtures", "usync", "h5yr-v9") };
    }

    [Fact]
    public async Task Its_pages_answer_with_their_properties_converted()
    {
        var client = factory.CreateClient();
        var shop = await OkAsync(client, $"{V2}/content/item/shop");
        var all = await OkAsync(client, $"{V2}/content");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal("/shop/", shop.GetProperty("route").GetProperty("path").GetString());
        Assert.Contains("H5YR web shop", shop.GetProperty("properties").ToString(), StringComparison.Ordinal);
    }
}
