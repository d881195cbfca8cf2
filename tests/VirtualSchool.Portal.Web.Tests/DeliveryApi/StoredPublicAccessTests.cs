using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>The Delivery API and the members area together: a restriction an editor saves applies to the API at once.</summary>
[Trait("Category", "Integration")]
public sealed class StoredPublicAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string V2 = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task A_page_restricted_after_its_answer_was_cached_is_no_longer_served_or_listed()
    {
        var client = factory.CreateClient();
        var admissions = await client.GetAsync($"{V2}/content/item/admissions");
        Assert.Equal(HttpStatusCode.OK, admissions.StatusCode);
        var key = JsonDocument.Parse(await admissions.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var listed = await client.GetStringAsync($"{V2}/content?take=100");
        Assert.Contains(key, Ids(listed));

        await factory.Services.GetRequiredService<PublicAccessRules>().SetAsync(PublicAccessTarget.Content, key, ["Governors"], "test");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{V2}/content/item/admissions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{V2}/content/item/{key}")).StatusCode);
        var after = await client.GetStringAsync($"{V2}/content?take=100");
        // By the items' ids: another page's body may link this one (a picked link names it by key).
        Assert.DoesNotContain(key, Ids(after));
        // The rule covers the page and the pages below it (the priority checker), and nothing else.
        Assert.Equal(
            JsonDocument.Parse(listed).RootElement.GetProperty("total").GetInt32() - Paths(listed).Count(p => p.StartsWith("/admissions/", StringComparison.Ordinal)),
            JsonDocument.Parse(after).RootElement.GetProperty("total").GetInt32());
        Assert.True(Paths(listed).Count(p => p.StartsWith("/admissions/", StringComparison.Ordinal)) >= 2, "admissions has a page below it, so the rule's reach is tested");

        await factory.Services.GetRequiredService<PublicAccessRules>().SetAsync(PublicAccessTarget.Content, key, [], "test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{V2}/content/item/admissions")).StatusCode);
    }

    private static List<string> Paths(string list) =>
        [.. JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("route").GetProperty("path").GetString()!)];

    private static List<Guid> Ids(string list) =>
        [.. JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
