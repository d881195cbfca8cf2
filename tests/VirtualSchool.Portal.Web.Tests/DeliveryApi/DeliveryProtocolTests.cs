using System.Net;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>HTTP around the content: ETags and caching, the OpenAPI document, Accept-Segment and Accept-Language, no sign-in.</summary>
[Trait("Category", "Integration")]
[Collection(ContentDeliveryCollection.Name)]
public sealed class DeliveryProtocolTests(ContentDeliveryTests.Factory factory) : ContentDeliveryTests(factory)
{
    [Fact]
    public async Task An_unchanged_item_answers_304_to_its_ETag_and_anonymous_answers_are_cacheable()
    {
        var first = await Client.GetAsync($"{V2}/content/item/about");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotEqual("no-store", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{V2}/content/item/about");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        var other = await Client.GetAsync($"{V2}/content/item/about/management-board");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task The_OpenAPI_document_uses_Umbracos_operation_ids_and_schema_names()
    {
        var document = await OkAsync(Client, "/umbraco/swagger/delivery/swagger.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("get").GetProperty("operationId").GetString());
        var schemas = Keys(document.GetProperty("components").GetProperty("schemas"));

        Assert.Equal("GetContent2.0", operations[$"{V2}/content"]);
        Assert.Equal("GetContentItemByPath2.0", operations[$"{V2}/content/item/{{path}}"]);
        Assert.Equal("GetContentItemById2.0", operations[$"{V2}/content/item/{{id}}"]);
        Assert.Equal("GetContentItems2.0", operations[$"{V2}/content/items"]);
        Assert.Equal("GetMedia2.0", operations[$"{V2}/media"]);
        Assert.Equal("GetMediaItemByPath2.0", operations[$"{V2}/media/item/{{path}}"]);
        Assert.Equal("GetMediaItemById2.0", operations[$"{V2}/media/item/{{id}}"]);
        Assert.Equal("GetMediaItems2.0", operations[$"{V2}/media/items"]);
        foreach (var name in new[] { "ApiContentResponseModel", "PagedIApiContentResponseModel", "ApiMediaWithCropsResponseModel", "PagedIApiMediaWithCropsResponseModel", "ApiContentRouteModel", "ApiContentStartItemModel", "ProblemDetails" })
        {
            Assert.Contains(name, schemas);
        }

        var richText = document.GetProperty("components").GetProperty("schemas").GetProperty("RichTextModel");
        Assert.Equal(["markup", "blocks"], Keys(richText.GetProperty("properties")));
        Assert.Equal("string", richText.GetProperty("properties").GetProperty("markup").GetProperty("type").GetString());
        Assert.Equal("array", richText.GetProperty("properties").GetProperty("blocks").GetProperty("type").GetString());

        var parameters = document.GetProperty("paths").GetProperty($"{V2}/content").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["fetch", "filter", "sort", "skip", "take", "expand", "fields", "Accept-Language", "Accept-Segment", "Api-Key", "Preview", "Start-Item"], parameters);
        foreach (var path in new[] { $"{V2}/content", $"{V2}/content/item/{{path}}", $"{V2}/content/item/{{id}}", $"{V2}/content/items" })
        {
            var segment = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
                .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Accept-Segment");
            Assert.Equal("header", segment.GetProperty("in").GetString());
            Assert.Equal("string", segment.GetProperty("schema").GetProperty("type").GetString());
            Assert.Equal("Defines the segment to return. Use this when querying segment variant content items.", segment.GetProperty("description").GetString());
        }
    }

    [Fact]
    public async Task Accept_Segment_is_accepted_and_changes_nothing()
    {
        var plain = await OkAsync(Client, $"{V2}/content/item/about");
        var segmented = await OkAsync(Client, $"{V2}/content/item/about", ("Accept-Segment", "segment-one"));

        Assert.Equal(plain.ToString(), segmented.ToString());
    }

    [Fact]
    public async Task The_API_is_outside_the_back_office_no_sign_in_and_no_store()
    {
        var response = await Portal.CreateBrowserlikeClient().GetAsync($"{V2}/content/item/about");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Portal.CreateBrowserlikeClient().GetAsync("/umbraco/swagger/delivery/swagger.json")).StatusCode);
    }

    [Fact]
    public async Task Accept_Language_is_accepted_for_invariant_content()
    {
        var item = await OkAsync(Client, $"{V2}/content/item/about", ("Accept-Language", "en-GB"));

        Assert.Equal(AboutKey, item.GetProperty("id").GetString());
    }
}
