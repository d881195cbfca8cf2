using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.DeliveryApi;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// The anonymous answers kept in front of routing (docs/decisions/0023): a headless client gets the same bytes and
/// headers as from the full pipeline, with this response's own security headers, and nothing else ever sees them.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DeliveryAnswerCacheTests(DeliveryAnswerCacheTests.Factory factory) : IClassFixture<DeliveryAnswerCacheTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "answer-cache-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:DeliveryApi:ApiKey"] = ApiKey };
    }

    private const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";
    private readonly HttpClient _client = factory.CreateClient();

    private ContentService Content => factory.Services.GetRequiredService<ContentService>();

    private DeliveryAnswerCache Answers => factory.Services.GetRequiredService<DeliveryAnswerCache>();

    [Fact]
    public async Task A_kept_answer_is_the_same_bytes_and_headers_with_each_responses_own_nonce()
    {
        var url = $"{V2}/content/item/about?expand=properties[$all]";
        var fresh = await _client.GetAsync(url);
        var kept = await _client.GetAsync(url);
        var again = await _client.GetAsync(url);

        Assert.True(Answers.Count > 0, "the answer was not kept in front of routing");
        Assert.Equal(await fresh.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(fresh.Headers.ETag, again.Headers.ETag);
        Assert.Equal(fresh.Headers.Vary.ToString(), again.Headers.Vary.ToString());
        Assert.Equal("application/json; charset=utf-8", again.Content.Headers.ContentType?.ToString());
        Assert.Equal((await fresh.Content.ReadAsByteArrayAsync()).Length, again.Content.Headers.ContentLength);
        Assert.Equal("nosniff", string.Join(",", again.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotEqual(Policy(kept), Policy(again));
        Assert.False(again.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_key_preview_or_conditional_request_is_never_answered_from_a_kept_answer()
    {
        var created = await Content.CreateAsync(new NewContent("Kept answer", "contentPage", Guid.Parse(HomeKey),
            new Dictionary<string, string?> { ["heading"] = "Published heading", ["summary"] = "Summary" }));
        var key = created.Node!.Key;
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        var url = $"{V2}/content/item/kept-answer";
        await OkAsync(_client, url);
        Assert.Equal("Published heading", Heading(await OkAsync(_client, url)));
        Assert.True((await Content.SaveAsync(key, "Kept answer", new Dictionary<string, string?> { ["heading"] = "Draft heading", ["summary"] = "Summary" })).Succeeded);

        var preview = await OkAsync(_client, $"{V2}/content/item/{key}", ("Api-Key", Factory.ApiKey), ("Preview", "true"));
        Assert.Equal("Draft heading", Heading(preview));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", (await _client.GetAsync(url)).Headers.ETag!.ToString());
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
        Assert.Equal("Published heading", Heading(await OkAsync(_client, url)));

        // A publish forgets every kept answer: the next reader sees the new heading at once.
        Assert.True((await Content.PublishAsync(key)).Succeeded);
        Assert.Equal("Draft heading", Heading(await OkAsync(_client, url)));
    }

    private static string Policy(HttpResponseMessage response) => string.Join(",", response.Headers.GetValues("Content-Security-Policy"));

    private static string? Heading(System.Text.Json.JsonElement item) => item.GetProperty("properties").GetProperty("heading").GetString();
}
