using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Start-Item, disallowed content types, and drafts through Preview with the API key.</summary>
[Trait("Category", "Integration")]
[Collection(ContentDeliveryCollection.Name)]
public sealed class DeliveryStartItemAndPreviewTests(ContentDeliveryTests.Factory factory) : ContentDeliveryTests(factory)
{
    [Fact]
    public async Task Start_Item_is_a_root_by_segment_or_id_and_a_query_with_it_is_its_descendants()
    {
        var item = await OkAsync(Client, $"{V2}/content/item/about/management-board", ("Start-Item", HomeKey));
        var bySegment = await OkAsync(Client, $"{V2}/content/item/about", ("Start-Item", "home"));
        var all = await OkAsync(Client, $"{V2}/content?take=100");
        var query = await OkAsync(Client, $"{V2}/content?take=100", ("Start-Item", "home"));
        var byKey = await OkAsync(Client, $"{V2}/content?take=100", ("Start-Item", HomeKey));
        var children = await OkAsync(Client, $"{V2}/content?fetch=children:/&take=100", ("Start-Item", "/home/"));

        Assert.Equal(BoardKey, item.GetProperty("id").GetString());
        Assert.Equal(AboutKey, bySegment.GetProperty("id").GetString());
        // As Umbraco's query service: the start item's descendants (its "descendants" selector), not the start item.
        Assert.Equal(Names(all).Where(n => n != "Home"), Names(query));
        Assert.Equal(all.GetProperty("total").GetInt32() - 1, query.GetProperty("total").GetInt32());
        Assert.Equal(Names(query), Names(byKey));
        Assert.Contains("About", Names(children));
        // As Umbraco's RequestStartItemProvider and ValidateStartItem filter: only a root is a start item; any other
        // page, or nothing, is 404.
        await ProblemAsync(Client, $"{V2}/content/item/management-board", HttpStatusCode.NotFound, null, ("Start-Item", AboutKey));
        await ProblemAsync(Client, $"{V2}/content?take=100", HttpStatusCode.NotFound, null, ("Start-Item", AboutKey));
        await ProblemAsync(Client, $"{V2}/content/item/about", HttpStatusCode.NotFound, null, ("Start-Item", "no-such-root"));
    }

    [Fact]
    public async Task A_disallowed_content_type_is_never_returned()
    {
        await ProblemAsync(Client, $"{V2}/content/item/page-not-found", HttpStatusCode.NotFound);
        await ProblemAsync(Client, $"{V2}/content/item/{NotFoundPageKey}", HttpStatusCode.NotFound);
        var items = await OkAsync(Client, $"{V2}/content/items?id={NotFoundPageKey}");
        var query = await OkAsync(Client, $"{V2}/content?filter=contentType:errorPage");

        Assert.Equal(0, items.GetArrayLength());
        Assert.Equal(0, query.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_never_published_page_of_a_disallowed_type_is_404_in_preview_by_path()
    {
        var content = Portal.Services.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(new NewContent("Draft error", "errorPage", Guid.Parse(HomeKey), new Dictionary<string, string?>()));
        Assert.True(created.Succeeded, created.Message);
        (string, string)[] preview = [("Preview", "true"), ("Api-Key", Factory.ApiKey)];

        await ProblemAsync(Client, $"{V2}/content/item/draft-error", HttpStatusCode.NotFound, null, preview);
        await ProblemAsync(Client, $"{V2}/content/item/preview-{created.Node!.Key}", HttpStatusCode.NotFound, null, preview);
    }

    [Fact]
    public async Task Drafts_need_Preview_and_a_valid_Api_Key()
    {
        await ProblemAsync(Client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized, null, ("Preview", "true"));
        await ProblemAsync(Client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized, null, ("Preview", "true"), ("Api-Key", "wrong"));
        var preview = await OkAsync(Client, $"{V2}/content/item/about", ("Preview", "true"), ("Api-Key", Factory.ApiKey));

        Assert.Equal(AboutKey, preview.GetProperty("id").GetString());
    }
}
