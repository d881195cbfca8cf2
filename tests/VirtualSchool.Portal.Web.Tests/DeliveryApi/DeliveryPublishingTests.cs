using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Expansion, publishing and drafts through the Delivery API: what a headless client sees change.</summary>
[Trait("Category", "Integration")]
public sealed class DeliveryPublishingTests(DeliveryPublishingTests.Factory factory) : IClassFixture<DeliveryPublishingTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "publishing-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:DeliveryApi:ApiKey"] = ApiKey };
    }

    private const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";
    private readonly HttpClient _client = factory.CreateClient();

    private ContentService Content => factory.Services.GetRequiredService<ContentService>();

    [Fact]
    public async Task A_picked_item_shows_its_properties_only_when_expanded_and_nested_fields_limit_them()
    {
        var collapsed = (await OkAsync(_client, $"{V2}/content/item/")).GetProperty("properties").GetProperty("notFoundPage");
        var expanded = (await OkAsync(_client, $"{V2}/content/item/?expand=properties[notFoundPage]")).GetProperty("properties").GetProperty("notFoundPage");
        var all = (await OkAsync(_client, $"{V2}/content/item/?expand=properties[$all]")).GetProperty("properties").GetProperty("notFoundPage");
        var nested = (await OkAsync(_client, $"{V2}/content/item/?expand=properties[notFoundPage[properties[$all]]]&fields=properties[notFoundPage[properties[heading]]]"))
            .GetProperty("properties");

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties"], Keys(collapsed));
        Assert.Equal("/page-not-found/", collapsed.GetProperty("route").GetProperty("path").GetString());
        Assert.Empty(Keys(collapsed.GetProperty("properties")));
        Assert.Contains("heading", Keys(expanded.GetProperty("properties")));
        Assert.Contains("bodyText", Keys(all.GetProperty("properties")));
        Assert.Equal(["notFoundPage"], Keys(nested));
        Assert.Equal(["heading"], Keys(nested.GetProperty("notFoundPage").GetProperty("properties")));
    }

    [Fact]
    public async Task A_publish_is_visible_to_the_next_request_and_an_unpublish_removes_it_everywhere()
    {
        var created = await Content.CreateAsync(new NewContent("Delivery news", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "First heading", ["summary"] = "Summary" }));
        Assert.True(created.Succeeded, created.Message);
        var key = created.Node!.Key;
        Assert.True((await Content.PublishAsync(key)).Succeeded);

        var item = await OkAsync(_client, $"{V2}/content/item/delivery-news");
        var found = await OkAsync(_client, $"{V2}/content?filter=name:Delivery news");
        Assert.Equal("First heading", item.GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        // The answer above is now in the output cache; the next publish must evict it.
        Assert.True((await Content.SaveAsync(key, "Delivery news", new Dictionary<string, string?> { ["heading"] = "Second heading", ["summary"] = "Summary" })).Succeeded);
        Assert.Equal("First heading", (await OkAsync(_client, $"{V2}/content/item/delivery-news")).GetProperty("properties").GetProperty("heading").GetString());
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        Assert.Equal("Second heading", (await OkAsync(_client, $"{V2}/content/item/delivery-news")).GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal("Second heading", (await OkAsync(_client, $"{V2}/content/item/{key}")).GetProperty("properties").GetProperty("heading").GetString());

        Assert.True((await Content.UnpublishAsync(key)).Succeeded);
        await ProblemAsync(_client, $"{V2}/content/item/delivery-news", HttpStatusCode.NotFound);
        Assert.Equal(0, (await OkAsync(_client, $"{V2}/content?filter=name:Delivery news")).GetProperty("total").GetInt32());
        Assert.DoesNotContain("Delivery news", Names(await OkAsync(_client, $"{V2}/content?fetch=children:/&take=100")));
    }

    [Fact]
    public async Task A_renamed_page_answers_its_old_path_with_a_301_to_its_route_as_Umbraco()
    {
        var created = await Content.CreateAsync(new NewContent("Old name", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "Renamed" }));
        var key = created.Node!.Key;
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        Assert.True((await Content.SaveAsync(key, "New name", new Dictionary<string, string?> { ["heading"] = "Renamed" })).Succeeded);
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"{V2}/content/item/old-name");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/new-name/", response.Headers.Location?.OriginalString);
        Assert.Equal("home", response.Headers.GetValues("Location-Start-Item-Path").Single());
        Assert.Equal(HomeKey, response.Headers.GetValues("Location-Start-Item-Id").Single());
        Assert.Equal(key.ToString(), (await OkAsync(_client, $"{V2}/content/item/new-name")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Preview_with_the_key_shows_the_draft_while_everyone_else_sees_the_published_version()
    {
        var created = await Content.CreateAsync(new NewContent("Preview page", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "Published heading" }));
        var key = created.Node!.Key;
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        Assert.True((await Content.SaveAsync(key, "Preview page", new Dictionary<string, string?> { ["heading"] = "Draft heading" })).Succeeded);
        var unpublished = await Content.CreateAsync(new NewContent("Never published", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "Only a draft" }));

        var anonymous = await OkAsync(_client, $"{V2}/content/item/preview-page");
        var preview = await OkAsync(_client, $"{V2}/content/item/preview-page", ("Preview", "true"), ("Api-Key", Factory.ApiKey));
        var draftOnly = await OkAsync(_client, $"{V2}/content/item/{unpublished.Node!.Key}", ("Preview", "true"), ("Api-Key", Factory.ApiKey));

        Assert.Equal("Published heading", anonymous.GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal("Draft heading", preview.GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal("Only a draft", draftOnly.GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal($"/preview-{unpublished.Node!.Key}/", draftOnly.GetProperty("route").GetProperty("path").GetString());
        await ProblemAsync(_client, $"{V2}/content/item/{unpublished.Node!.Key}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_never_published_page_answers_at_its_draft_path_and_its_preview_route_only_in_preview_with_the_key()
    {
        var parent = await Content.CreateAsync(new NewContent("Draft parent", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "Parent" }));
        Assert.True((await Content.PublishAsync(parent.Node!.Key)).Succeeded);
        var child = await Content.CreateAsync(new NewContent("Unborn child", "contentPage", parent.Node!.Key,
            new Dictionary<string, string?> { ["heading"] = "Not yet" }));
        var key = child.Node!.Key;
        (string, string)[] preview = [("Preview", "true"), ("Api-Key", Factory.ApiKey)];

        var byPath = await OkAsync(_client, $"{V2}/content/item/draft-parent/unborn-child", preview);
        var byPreviewRoute = await OkAsync(_client, $"{V2}/content/item/preview-{key}/", preview);

        Assert.Equal(key.ToString(), byPath.GetProperty("id").GetString());
        Assert.Equal("Not yet", byPath.GetProperty("properties").GetProperty("heading").GetString());
        // As Umbraco's ApiContentRouteBuilder: content that is not published has the route preview-{key} in preview.
        Assert.Equal($"/preview-{key}/", byPath.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("home", byPath.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal(key.ToString(), byPreviewRoute.GetProperty("id").GetString());
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"{V2}/content/item/draft-parent/unborn-child"))
        {
            request.Headers.Add("Preview", "true");
            request.Headers.Add("Api-Key", Factory.ApiKey);
            var response = await _client.SendAsync(request);
            Assert.True(response.Headers.CacheControl?.NoStore, "A preview answer must never be stored.");
        }

        await ProblemAsync(_client, $"{V2}/content/item/draft-parent/unborn-child", HttpStatusCode.NotFound);
        await ProblemAsync(_client, $"{V2}/content/item/draft-parent/unborn-child", HttpStatusCode.NotFound, null, ("Api-Key", Factory.ApiKey));
        await ProblemAsync(_client, $"{V2}/content/item/draft-parent/unborn-child", HttpStatusCode.Unauthorized, null, ("Preview", "true"));
        await ProblemAsync(_client, $"{V2}/content/item/preview-{key}", HttpStatusCode.NotFound);
        await ProblemAsync(_client, $"{V2}/content/item/preview-{key}", HttpStatusCode.NotFound, null, ("Api-Key", Factory.ApiKey));
    }

    [Fact]
    public async Task A_published_page_renamed_in_a_draft_answers_at_its_draft_path_in_preview_and_its_published_path_otherwise()
    {
        var created = await Content.CreateAsync(new NewContent("Published name", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "Published" }));
        var key = created.Node!.Key;
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        var child = await Content.CreateAsync(new NewContent("Its child", "contentPage", key, new Dictionary<string, string?> { ["heading"] = "Child" }));
        Assert.True((await Content.PublishAsync(child.Node!.Key)).Succeeded);
        Assert.True((await Content.SaveAsync(key, "Draft name", new Dictionary<string, string?> { ["heading"] = "Draft" })).Succeeded);
        (string, string)[] preview = [("Preview", "true"), ("Api-Key", Factory.ApiKey)];

        var draft = await OkAsync(_client, $"{V2}/content/item/draft-name", preview);
        var draftChild = await OkAsync(_client, $"{V2}/content/item/draft-name/its-child", preview);
        var published = await OkAsync(_client, $"{V2}/content/item/published-name");

        Assert.Equal(key.ToString(), draft.GetProperty("id").GetString());
        Assert.Equal("Draft", draft.GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal("/draft-name/", draft.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("/draft-name/its-child/", draftChild.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("Published", published.GetProperty("properties").GetProperty("heading").GetString());
        Assert.Equal("/published-name/", published.GetProperty("route").GetProperty("path").GetString());
        await ProblemAsync(_client, $"{V2}/content/item/draft-name", HttpStatusCode.NotFound);

        // As Umbraco (DocumentUrlService with isDraft): in preview a path is followed through draft URL segments only.
        await ProblemAsync(_client, $"{V2}/content/item/published-name", HttpStatusCode.NotFound, null, preview);
    }
}

/// <summary>With <c>Enabled: false</c> the API answers nothing.</summary>
[Trait("Category", "Integration")]
public sealed class DeliveryDisabledTests(DeliveryDisabledTests.Factory factory) : IClassFixture<DeliveryDisabledTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:DeliveryApi:Enabled"] = "false" };
    }

    [Fact]
    public async Task A_disabled_API_is_404_for_content_and_media()
    {
        var client = factory.CreateClient();

        await ProblemAsync(client, $"{V2}/content/item/about", HttpStatusCode.NotFound);
        await ProblemAsync(client, $"{V2}/content", HttpStatusCode.NotFound);
        await ProblemAsync(client, $"{V2}/media?fetch=children:/", HttpStatusCode.NotFound);
    }
}

/// <summary>With <c>PublicAccess: false</c> every request needs the key.</summary>
[Trait("Category", "Integration")]
public sealed class DeliveryKeyOnlyTests(DeliveryKeyOnlyTests.Factory factory) : IClassFixture<DeliveryKeyOnlyTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:DeliveryApi:PublicAccess"] = "false",
            ["Portal:DeliveryApi:ApiKey"] = "only-key",
        };
    }

    [Fact]
    public async Task Without_public_access_only_callers_with_the_key_are_answered()
    {
        var client = factory.CreateClient();

        await ProblemAsync(client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized);
        await ProblemAsync(client, $"{V2}/media?fetch=children:/", HttpStatusCode.Unauthorized, null, ("Api-Key", "wrong"));
        var item = await OkAsync(client, $"{V2}/content/item/about", ("Api-Key", "only-key"));
        Assert.Equal(JsonValueKind.Object, item.ValueKind);
        // An answer for a key holder is never stored for anonymous callers to reuse.
        await ProblemAsync(client, $"{V2}/content/item/about", HttpStatusCode.Unauthorized);
    }
}
