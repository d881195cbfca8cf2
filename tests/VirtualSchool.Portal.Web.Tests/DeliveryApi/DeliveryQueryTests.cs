using System.Net;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Queries: fetch, filter, sort, skip and take, and the 400 problems for bad ones.</summary>
[Trait("Category", "Integration")]
[Collection(ContentDeliveryCollection.Name)]
public sealed class DeliveryQueryTests(ContentDeliveryTests.Factory factory) : ContentDeliveryTests(factory)
{
    [Fact]
    public async Task A_query_fetches_children_descendants_and_ancestors_by_path_or_id()
    {
        var children = await OkAsync(Client, $"{V2}/content?fetch=children:/statutory-guidance");
        var childrenById = await OkAsync(Client, $"{V2}/content?fetch=children:{GuidanceKey}");
        var descendants = await OkAsync(Client, $"{V2}/content?fetch=descendants:{AboutKey}");
        var ancestors = await OkAsync(Client, $"{V2}/content?fetch=ancestors:/about/management-board");

        Assert.Equal(6, children.GetProperty("total").GetInt32());
        Assert.Equal(Names(children), Names(childrenById));
        // The Board's meetings and the member-only resources are restricted to members, so they are not listed.
        Assert.Equal(["Management Board", "Resources for members", "Advice about a previously looked-after child", "A governor's guide to children in care", "Personal Education Plans: a guide for foster carers"], Names(descendants));
        Assert.Equal(["Home", "About"], Names(ancestors));
        Assert.All(children.GetProperty("items").EnumerateArray(), i => Assert.Equal("guidanceItem", i.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task Without_fetch_every_allowed_item_is_counted_and_take_defaults_to_ten()
    {
        var all = await OkAsync(Client, $"{V2}/content");
        var page2 = await OkAsync(Client, $"{V2}/content?skip=10&take=10");

        // 33 public pages in the seed (the members' pages are not; the priority checker is), less the disallowed error page.
        Assert.Equal(32, all.GetProperty("total").GetInt32());
        Assert.Equal(10, all.GetProperty("items").GetArrayLength());
        Assert.Equal(10, page2.GetProperty("items").GetArrayLength());
        Assert.Empty(Names(all).Intersect(Names(page2)));
    }

    [Fact]
    public async Task Filters_on_content_type_and_name_can_be_negated_and_combined()
    {
        var guidance = await OkAsync(Client, $"{V2}/content?filter=contentType:guidanceItem&take=100");
        var notGuidance = await OkAsync(Client, $"{V2}/content?filter=contentType:!guidanceItem&take=100");
        var twoTypes = await OkAsync(Client, $"{V2}/content?filter=contentType:boardPage,guidanceLibrary");
        var named = await OkAsync(Client, $"{V2}/content?filter=name:send&take=100");
        var both = await OkAsync(Client, $"{V2}/content?filter=contentType:guidanceItem&filter=name:!send");

        Assert.Equal(6, guidance.GetProperty("total").GetInt32());
        Assert.Equal(26, notGuidance.GetProperty("total").GetInt32());
        Assert.Equal(["Statutory guidance", "Management Board"], Names(twoTypes));
        Assert.Equal(["SEND Local Offer", "SEND Code of Practice"], Names(named));
        Assert.Equal(5, both.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Date_filters_compare_with_greater_and_less_than_or_equal()
    {
        var all = await OkAsync(Client, $"{V2}/content?sort=createDate:asc&take=100");
        var dates = all.GetProperty("items").EnumerateArray().Select(i => DateTime.Parse(i.GetProperty("createDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pivot = dates[5].ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        var after = await OkAsync(Client, $"{V2}/content?filter=createDate>{pivot}&take=100");
        var fromPivot = await OkAsync(Client, $"{V2}/content?filter=createDate>:{pivot}&take=100");
        var before = await OkAsync(Client, $"{V2}/content?filter=createDate<{pivot}&take=100");
        var upTo = await OkAsync(Client, $"{V2}/content?filter=createDate<:{pivot}&take=100");
        var updated = await OkAsync(Client, $"{V2}/content?filter=updateDate>2000-01-01&take=1");

        Assert.Equal(dates.Count(d => d > dates[5]), after.GetProperty("total").GetInt32());
        Assert.Equal(dates.Count(d => d >= dates[5]), fromPivot.GetProperty("total").GetInt32());
        Assert.Equal(dates.Count(d => d < dates[5]), before.GetProperty("total").GetInt32());
        Assert.Equal(dates.Count(d => d <= dates[5]), upTo.GetProperty("total").GetInt32());
        Assert.Equal(32, updated.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sorts_order_by_name_sort_order_level_and_dates_in_either_direction()
    {
        var byName = Names(await OkAsync(Client, $"{V2}/content?fetch=children:/statutory-guidance&sort=name:asc"));
        var byNameDesc = Names(await OkAsync(Client, $"{V2}/content?fetch=children:/statutory-guidance&sort=name:desc"));
        var bySortOrder = Names(await OkAsync(Client, $"{V2}/content?fetch=children:/statutory-guidance&sort=sortOrder:asc"));
        var byLevel = await OkAsync(Client, $"{V2}/content?fetch=ancestors:/about/management-board&sort=level:desc");
        var byCreated = await OkAsync(Client, $"{V2}/content?sort=createDate:desc&sort=name:asc&take=100");
        var byUpdated = await OkAsync(Client, $"{V2}/content?sort=updateDate:asc&take=2");

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
        var nameFirst = Names(await OkAsync(Client, $"{V2}/content?filter=contentType:guidanceItem&sort=name:desc&sort=publisher:desc"));
        var publisherFirst = Names(await OkAsync(Client, $"{V2}/content?filter=contentType:guidanceItem&sort=publisher:desc&sort=name:desc"));

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
        await ProblemAsync(Client, $"{V2}/content?{query}", HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task Any_property_filters_and_sorts_by_its_data_type_beyond_Umbraco()
    {
        var statutory = await OkAsync(Client, $"{V2}/content?filter=isStatutory:true&take=100");
        var notStatutory = await OkAsync(Client, $"{V2}/content?filter=contentType:guidanceItem&filter=isStatutory:!true&take=100");
        var recent = await OkAsync(Client, $"{V2}/content?filter=documentDate>2021-01-01&sort=documentDate:asc&take=100&fields=properties[documentDate]");
        var audience = await OkAsync(Client, $"{V2}/content?filter=audiences:Foster carers&take=100&fields=properties[audiences]");
        var byPublisher = await OkAsync(Client, $"{V2}/content?filter=contentType:guidanceItem&sort=publisher:desc&sort=name:asc&take=100&fields=properties[publisher]");

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
        await ProblemAsync(Client, $"{V2}/content?filter=documentDate>soon", HttpStatusCode.BadRequest, "Filter option not found");
    }

    [Fact]
    public async Task An_exact_date_filter_finds_its_pages_with_or_without_fetch()
    {
        var plain = await OkAsync(Client, $"{V2}/content?filter=documentDate:2018-02-01&sort=name:asc&fields=properties[documentDate]");
        var fetched = await OkAsync(Client, $"{V2}/content?fetch=descendants:/&filter=documentDate:2018-02-01&sort=name:asc&fields=properties[documentDate]");
        var withStartItem = await OkAsync(Client, $"{V2}/content?filter=documentDate:2018-02-01&sort=name:asc", ("Start-Item", "home"));

        // Two guidance items in the seed are dated 1 February 2018.
        Assert.Equal(2, plain.GetProperty("total").GetInt32());
        Assert.All(plain.GetProperty("items").EnumerateArray(), i =>
            Assert.StartsWith("2018-02-01", i.GetProperty("properties").GetProperty("documentDate").GetString(), StringComparison.Ordinal));
        Assert.Equal(Names(plain), Names(fetched));
        Assert.Equal(Names(plain), Names(withStartItem));
    }
}
