using System.Net;
using System.Text.Json;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Calls the Delivery API as a headless client would, and reads its JSON.</summary>
public static class DeliveryApiClient
{
    public const string V2 = "/umbraco/delivery/api/v2";

    public static async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> GetAsync(
        HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json, response);
    }

    public static async Task<JsonElement> OkAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        var (status, json, response) = await GetAsync(client, url, headers);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}: {json}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return json;
    }

    /// <summary>Asserts a problem details answer with the status and, when given, Umbraco's title.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpClient client, string url, HttpStatusCode expected, string? title = null, params (string Name, string Value)[] headers)
    {
        var (status, json, response) = await GetAsync(client, url, headers);
        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, json.GetProperty("status").GetInt32());
        if (title is not null)
        {
            Assert.Equal(title, json.GetProperty("title").GetString());
        }

        return json;
    }

    public static IReadOnlyList<string> Names(JsonElement list) =>
        (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items")).EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    public static IReadOnlyList<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
