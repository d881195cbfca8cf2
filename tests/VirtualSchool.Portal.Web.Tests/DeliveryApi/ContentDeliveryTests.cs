using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// The content endpoints of the Delivery API against the seed site, as Umbraco's documentation describes them:
/// routes, query parameters, headers, JSON shapes and errors.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ContentDeliveryTests(ContentDeliveryTests.Factory factory) : IClassFixture<ContentDeliveryTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "test-delivery-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:DeliveryApi:ApiKey"] = ApiKey,
            ["Portal:DeliveryApi:DisallowedContentTypeAliases:0"] = "errorPage",
        };
    }

    private const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";
    private const string AboutKey = "002f8208-c5e7-4448-8e91-feb51738be00";
    private const string BoardKey = "fea128de-3c81-46d9-a240-0b4f61bb57a9";
    private const string GuidanceKey = "c93c5671-00a9-4ac2-a088-a16f6de5733a";
    private const string NotFoundPageKey = "419e25e4-e9b9-454e-ba44-512ed3f73b92";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_item_by_path_has_Umbracos_shape_with_its_route_below_the_start_item()
    {
        var item = await OkAsync(_client, $"{V2}/content/item/about/management-board");

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
        var root = await OkAsync(_client, $"{V2}/content/item/");
        var about = await OkAsync(_client, $"{V2}/content/item/about/");

        Assert.Equal(HomeKey, root.GetProperty("id").GetString());
        Assert.Equal("/", root.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(AboutKey, about.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_item_by_id_and_items_by_ids_skip_what_does_not_exist()
    {
        var board = await OkAsync(_client, $"{V2}/content/item/{BoardKey}");
        var items = await OkAsync(_client, $"{V2}/content/items?id={AboutKey}&id={Guid.NewGuid()}&id={BoardKey}");

        Assert.Equal("Management Board", board.GetProperty("name").GetString());
        Assert.Equal(["About", "Management Board"], Names(items));
        Assert.Equal("/about/", items[0].GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Unknown_items_are_404_problem_details_and_bad_ids_are_400()
    {
        await ProblemAsync(_client, $"{V2}/content/item/no/such/page", HttpStatusCode.NotFound);
        await ProblemAsync(_client, $"{V2}/content/item/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await ProblemAsync(_client, $"{V2}/content/items?id=not-a-guid", HttpStatusCode.BadRequest);
        await ProblemAsync(_client, $"{V2}/content/nothing-here", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Version_1_routes_answer_the_same_as_version_2()
    {
        var v1 = await _client.GetStringAsync("/umbraco/delivery/api/v1/content/item/about");
        var v2 = await _client.GetStringAsync($"{V2}/content/item/about");

        Assert.Equal(v2, v1);
    }

    [Fact]
    public async Task A_query_fetches_children_descendants_and_ancestors_by_path_or_id()
    {
        var children = await OkAsync(_client, $"{V2}/content?fetch=children:/statutory-guidance");
        var childrenById = await OkAsync(_client, $"{V2}/content?fetch=children:{GuidanceKey}");
        var descendants = await OkAsync(_client, $"{V2}/content?fetch=descendants:{AboutKey}");
        var ancestors = await OkAsync(_client, $"{V2}/content?fetch=ancestors:/about/management-board");

        Assert.Equal(6, children.GetProperty("total").GetInt32());
        Assert.Equal(Names(children), Names(childrenById));
        // The Board's meetings and the member-only resources are restricted to members, so they are not listed.
        Assert.Equal(["Management Board", "Resources for members", "A governor's guide to children in care", "Personal Education Plans: a guide for foster carers"], Names(descendants));
        Assert.Equal(["Home", "About"], Names(ancestors));
        Assert.All(children.GetProperty("items").EnumerateArray(), i => Assert.Equal("guidanceItem", i.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task Without_fetch_every_allowed_item_is_counted_and_take_defaults_to_ten()
    {
        var all = await OkAsync(_client, $"{V2}/content");
        var page2 = await OkAsync(_client, $"{V2}/content?skip=10&take=10");

        // 30 public pages in the seed (the members' pages are not), less the disallowed error page.
        Assert.Equal(29, all.GetProperty("total").GetInt32());
        Assert.Equal(10, all.GetProperty("items").GetArrayLength());
        Assert.Equal(10, page2.GetProperty("items").GetArrayLength());
        Assert.Empty(Names(all).Intersect(Names(page2)));
    }

    [Fact]
    public async Task Filters_on_content_type_and_name_can_be_negated_and_combined()
    {
        var guidance = await OkAsync(_client, $"{V2}/content?filter=contentType:guidanceItem&take=100");
        var notGuidance = await OkAsync(_client, $"{V2}/content?filter=contentType:!guidanceItem&take=100");
        var twoTypes = await OkAsync(_client, $"{V2}/content?filter=contentType:boardPage,guidanceLibrary");
        var named = await OkAsync(_client, $"{V2}/content?filter=name:send&take=100");
        var both = await OkAsync(_client, $"{V2}/content?filter=contentType:guidanceItem&filter=name:!send");

        Assert.Equal(6, guidance.GetProperty("total").GetInt32());
        Assert.Equal(23, notGuidance.GetProperty("total").GetInt32());
        Assert.Equal(["Statutory guidance", "Management Board"], Names(twoTypes));
        Assert.Equal(["SEND Local Offer", "SEND Code of Practice"], Names(named));
        Assert.Equal(5, both.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Date_filters_compare_with_greater_and_less_than_or_equal()
    {
        var all = await OkAsync(_client, $"{V2}/content?sort=createDate:asc&take=100");
        var dates = all.GetProperty("items").EnumerateArray().Select(i => DateTime.Parse(i.GetProperty("createDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pivot = dates[5].ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        var after = await OkAsync(_client, $"{V2}/content?filter=createDate>{pivot}&take=100");
        var fromPivot = await OkAsync(_client, $"{V2}/content?filter=createDate>:{pivot}&take=100");
        var before = await OkAsync(_client, $"{V2}/content?filter=createDate<{pivot}&take=100");
        var upTo = await OkAsync(_client, $"{V2}/content?filter=createDate<:{pivot}&take=100");
        var updated = await OkAsync(_client, $"{V2}/content?filter=updateDate>2000-01-01&take=1");

        Assert.Equal(dates.Count(d => d > dates[5]), after.GetProperty("total").GetInt32());
        Assert.Equal(dates.Count(d => d >= dates[5]), fromPivot.GetProperty("total").GetInt32());
        Assert.Equal(dates.Count(d => d < dates[5]), before.GetProperty("total").GetInt32());
        Assert.Equal(dates.Count(d => d <= dates[5]), upTo.GetProperty("total").GetInt32());
        Assert.Equal(29, updated.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sorts_order_by_name_sort_order_level_and_dates_in_either_direction()
    {
        var byName = Names(await OkAsync(_client, $"{V2}/content?fetch=children:/statutory-guidance&sort=name:asc"));
        var byNameDesc = Names(await OkAsync(_client, $"{V2}/content?fetch=children:/statutory-guidance&sort=name:desc"));
        var bySortOrder = Names(await OkAsync(_client, $"{V2}/content?fetch=children:/statutory-guidance&sort=sortOrder:asc"));
        var byLevel = await OkAsync(_client, $"{V2}/content?fetch=ancestors:/about/management-board&sort=level:desc");
        var byCreated = await OkAsync(_client, $"{V2}/content?sort=createDate:desc&sort=name:asc&take=100");
        var byUpdated = await OkAsync(_client, $"{V2}/content?sort=updateDate:asc&take=2");

        Assert.Equal(byName.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), byName);
        Assert.Equal(byName.Reverse(), byNameDesc);
        Assert.Equal(6, bySortOrder.Count);
        Assert.Equal(["About", "Home"], Names(byLevel));
        var created = byCreated.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("createDate").GetString()).ToList();
        Assert.Equal(created.OrderByDescending(d => d, StringComparer.Ordinal), created);
        Assert.Equal(2, byUpdated.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Cached_answers_keep_the_order_of_repeated_sorts_apart()
    {
        var nameFirst = Names(await OkAsync(_client, $"{V2}/content?filter=contentType:guidanceItem&sort=name:desc&sort=publisher:desc"));
        var publisherFirst = Names(await OkAsync(_client, $"{V2}/content?filter=contentType:guidanceItem&sort=publisher:desc&sort=name:desc"));

        Assert.Equal("SEND Code of Practice", nameFirst[0]);
        Assert.Equal("Children Act 1989 section 22", publisherFirst[0]);
    }

    [Theory]
    [InlineData("fetch=somewhere:/about", "Selector option not found")]
    [InlineData("fetch=children:", "Selector option not found")]
    [InlineData("filter=nosuchfield:1", "Filter option not found")]
    [InlineData("filter=createDate:2020-01-01", "Filter option not found")]
    [InlineData("filter=createDate>yesterday", "Filter option not found")]
    [InlineData("filter=contentType>x", "Filter option not found")]
    [InlineData("sort=name:sideways", "Sort option not found")]
    [InlineData("sort=nosuchfield:asc", "Sort option not found")]
    [InlineData("sort=bodyText:asc", "Sort option not found")]
    [InlineData("skip=-1", null)]
    [InlineData("take=lots", null)]
    [InlineData("expand=properties[notFoundPage", null)]
    [InlineData("fields=everything", null)]
    public async Task A_bad_query_is_a_400_problem_with_Umbracos_title(string query, string? title)
    {
        await ProblemAsync(_client, $"{V2}/content?{query}", HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task A_picker_to_a_disallowed_type_is_empty_and_fields_apply_to_items_by_ids()
    {
        var home = await OkAsync(_client, $"{V2}/content/item/?fields=properties[notFoundPage]&expand=properties[$all]");
        var about = await OkAsync(_client, $"{V2}/content/items?id={AboutKey}&fields=properties[heading]");

        Assert.Equal(["notFoundPage"], Keys(home.GetProperty("properties")));
        Assert.Equal(JsonValueKind.Null, home.GetProperty("properties").GetProperty("notFoundPage").ValueKind);
        Assert.Equal(["heading"], Keys(about[0].GetProperty("properties")));
    }

    [Fact]
    public async Task Fields_limit_the_properties_and_properties_all_keeps_them_all()
    {
        var limited = await OkAsync(_client, $"{V2}/content/item/statutory-guidance/school-admissions-code?fields=properties[heading,isStatutory]");
        var all = await OkAsync(_client, $"{V2}/content/item/statutory-guidance/school-admissions-code?fields=properties[$all]");
        var none = await OkAsync(_client, $"{V2}/content/item/statutory-guidance/school-admissions-code?fields=properties[]");

        Assert.Equal(["heading", "isStatutory"], Keys(limited.GetProperty("properties")));
        Assert.Contains("documentDate", Keys(all.GetProperty("properties")));
        Assert.Empty(Keys(none.GetProperty("properties")));
    }

    [Fact]
    public async Task Property_values_are_converted_by_editor_as_Umbracos_Delivery_API_does()
    {
        var item = await OkAsync(_client, $"{V2}/content/item/statutory-guidance/school-admissions-code");
        var offer = await OkAsync(_client, $"{V2}/content/item/send-local-offer");
        var properties = item.GetProperty("properties");

        Assert.Equal(JsonValueKind.True, properties.GetProperty("isStatutory").ValueKind);
        Assert.Equal("2021-09-01T00:00:00", properties.GetProperty("documentDate").GetString());
        Assert.Equal(JsonValueKind.Array, properties.GetProperty("audiences").ValueKind);
        Assert.Contains("School governors", properties.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("<", properties.GetProperty("bodyText").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, properties.GetProperty("summary").ValueKind);

        var report = offer.GetProperty("properties").GetProperty("report");
        Assert.Equal(JsonValueKind.Array, report.ValueKind);
        var file = report[0];
        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], Keys(file));
        Assert.Equal("File", file.GetProperty("mediaType").GetString());
        Assert.Equal("docx", file.GetProperty("extension").GetString());
        Assert.StartsWith("/media/", file.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(file.GetProperty("bytes").GetInt32() > 0);
    }

    [Fact]
    public async Task Any_property_filters_and_sorts_by_its_data_type_beyond_Umbraco()
    {
        var statutory = await OkAsync(_client, $"{V2}/content?filter=isStatutory:true&take=100");
        var notStatutory = await OkAsync(_client, $"{V2}/content?filter=contentType:guidanceItem&filter=isStatutory:!true&take=100");
        var recent = await OkAsync(_client, $"{V2}/content?filter=documentDate>2021-01-01&sort=documentDate:asc&take=100&fields=properties[documentDate]");
        var audience = await OkAsync(_client, $"{V2}/content?filter=audiences:Foster carers&take=100&fields=properties[audiences]");
        var byPublisher = await OkAsync(_client, $"{V2}/content?filter=contentType:guidanceItem&sort=publisher:desc&sort=name:asc&take=100&fields=properties[publisher]");

        Assert.Equal(6, statutory.GetProperty("total").GetInt32() + notStatutory.GetProperty("total").GetInt32());
        Assert.All(statutory.GetProperty("items").EnumerateArray(), i => Assert.Equal("guidanceItem", i.GetProperty("contentType").GetString()));
        var dates = recent.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("properties").GetProperty("documentDate").GetString()!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, "2021-01-01") > 0, d));
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(audience.GetProperty("items").EnumerateArray(), i =>
            Assert.Contains("Foster carers", i.GetProperty("properties").GetProperty("audiences").EnumerateArray().Select(a => a.GetString())));
        var publishers = byPublisher.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("properties").GetProperty("publisher").GetString() ?? "").Where(p => p.Length > 0).ToList();
        Assert.Equal(publishers.OrderByDescending(p => p, StringComparer.OrdinalIgnoreCase), publishers);
        await ProblemAsync(_client, $"{V2}/content?filter=documentDate>soon", HttpStatusCode.BadRequest, "Filter option not found");
    }

    [Fact]
    public async Task An_exact_date_filter_finds_its_pages_with_or_without_fetch()
    {
        var plain = await OkAsync(_client, $"{V2}/content?filter=documentDate:2018-02-01&sort=name:asc&fields=properties[documentDate]");
        var fetched = await OkAsync(_client, $"{V2}/content?fetch=descendants:/&filter=documentDate:2018-02-01&sort=name:asc&fields=properties[documentDate]");
        var withStartItem = await OkAsync(_client, $"{V2}/content?filter=documentDate:2018-02-01&sort=name:asc", ("Start-Item", "home"));

        // Two guidance items in the seed are dated 1 February 2018.
        Assert.Equal(2, plain.GetProperty("total").GetInt32());
        Assert.All(plain.GetProperty("items").EnumerateArray(), i =>
            Assert.StartsWith("2018-02-01", i.GetProperty("properties").GetProperty("documentDate").GetString(), StringComparison.Ordinal));
        Assert.Equal(Names(plain), Names(fetched));
        Assert.Equal(Names(plain), Names(withStartItem));
    }

    [Fact]
    public async Task Start_Item_is_a_root_by_segment_or_id_and_a_query_with_it_is_its_descendants()
    {
        var item = await OkAsync(_client, $"{V2}/content/item/about/management-board", ("Start-Item", HomeKey));
        var bySegment = await OkAsync(_client, $"{V2}/content/item/about", ("Start-Item", "home"));
        var all = await OkAsync(_client, $"{V2}/content?take=100");
        var query = await OkAsync(_client, $"{V2}/content?take=100", ("Start-Item", "home"));
        var byKey = await OkAsync(_client, $"{V2}/content?take=100", ("Start-Item", HomeKey));
        var children = await OkAsync(_client, $"{V2}/content?fetch=children:/&take=100", ("Start-Item", "/home/"));

        Assert.Equal(BoardKey, item.GetProperty("id").GetString());
        Assert.Equal(AboutKey, bySegment.GetProperty("id").GetString());
        // As Umbraco's query service: the start item's descendants (its "descendants" selector), not the start item.
        Assert.Equal(Names(all).Where(n => n != "Home"), Names(query));
        Assert.Equal(all.GetProperty("total").GetInt32() - 1, query.GetProperty("total").GetInt32());
        Assert.Equal(Names(query), Names(byKey));
        Assert.Contains("About", Names(children));
        // As Umbraco's RequestStartItemProvider and ValidateStartItem filter: only a root is a start item; any other
        // page, or nothing, is 404.
        await ProblemAsync(_client, $"{V2}/content/item/management-board", HttpStatusCode.NotFound, null, ("Start-Item", AboutKey));
        await ProblemAsync(_client, $"{V2}/content?take=100", HttpStatusCode.NotFound, null, ("Start-Item", AboutKey));
        await ProblemAsync(_client, $"{V2}/content/item/about", HttpStatusCode.NotFound, null, ("Start-Item", "no-such-root"));
    }

    [Fact]
    public async Task A_disallowed_content_type_is_never_returned()
    {
        await ProblemAsync(_client, $"{V2}/content/item/page-not-found", HttpStatusCode.NotFound);
        await ProblemAsync(_client, $"{V2}/content/item/{NotFoundPageKey}", HttpStatusCode.NotFound);
        var items = await OkAsync(_client, $"{V2}/content/items?id={NotFoundPageKey}");
        var query = await OkAsync(_client, $"{V2}/content?filter=contentType:errorPage");

        Assert.Equal(0, items.GetArrayLength());
        Assert.Equal(0, query.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_never_published_page_of_a_disallowed_type_is_404_in_preview_by_path()
    {
        var content = factory.Services.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(new NewContent("Draft error", "errorPage", Guid.Parse(HomeKey), new Dictionary<string, string?>()));
        Assert.True(created.Succeeded, created.Message);
        (string, string)[] preview = [("Preview", "true"), ("Api-Key", Factory.ApiKey)];

        await ProblemAsync(_client, $"{V2}/content/item/draft-error", HttpStatusCode.NotFound, null, preview);
        await ProblemAsync(_client, $"{V2}/content/item/preview-{created.Node!.Key}", HttpStatusCode.NotFound, null, preview);
    }

    [Fact]
    public async Task Drafts_need_Preview_and_a_valid_Api_Key()
    {
        await ProblemAsync(_client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized, null, ("Preview", "true"));
        await ProblemAsync(_client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized, null, ("Preview", "true"), ("Api-Key", "wrong"));
        var preview = await OkAsync(_client, $"{V2}/content/item/about", ("Preview", "true"), ("Api-Key", Factory.ApiKey));

        Assert.Equal(AboutKey, preview.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unchanged_item_answers_304_to_its_ETag_and_anonymous_answers_are_cacheable()
    {
        var first = await _client.GetAsync($"{V2}/content/item/about");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotEqual("no-store", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{V2}/content/item/about");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        var other = await _client.GetAsync($"{V2}/content/item/about/management-board");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task The_OpenAPI_document_uses_Umbracos_operation_ids_and_schema_names()
    {
        var document = await OkAsync(_client, "/umbraco/swagger/delivery/swagger.json");
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
        var plain = await OkAsync(_client, $"{V2}/content/item/about");
        var segmented = await OkAsync(_client, $"{V2}/content/item/about", ("Accept-Segment", "segment-one"));

        Assert.Equal(plain.ToString(), segmented.ToString());
    }

    [Fact]
    public async Task The_API_is_outside_the_back_office_no_sign_in_and_no_store()
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync($"{V2}/content/item/about");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlikeClient().GetAsync("/umbraco/swagger/delivery/swagger.json")).StatusCode);
    }

    [Fact]
    public async Task Accept_Language_is_accepted_for_invariant_content()
    {
        var item = await OkAsync(_client, $"{V2}/content/item/about", ("Accept-Language", "en-GB"));

        Assert.Equal(AboutKey, item.GetProperty("id").GetString());
    }
}
