using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Tests.Forms.Public;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Api;

/// <summary>Umbraco Forms' headless API: definitions and entries in its JSON shapes, with its key and token rules.</summary>
[Trait("Category", "Integration")]
public sealed class FormsApiTests(FormsApiFactory factory) : IClassFixture<FormsApiFactory>
{
    private HttpClient Client(bool withKey = true)
    {
        var client = factory.CreateBrowserlikeClient();
        if (withKey)
        {
            client.DefaultRequestHeaders.Add("Api-Key", FormsApiFactory.Key);
        }

        return client;
    }

    /// <summary>A form token for this client, read from a page's feedback form as a headless front end would get it.</summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/about"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static async Task<HttpResponseMessage> PostEntryAsync(HttpClient client, Guid form, object body, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/api/v1/entries/{form:D}") { Content = JsonContent.Create(body) };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", await TokenAsync(client));
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_definition_has_umbraco_forms_shape_with_one_column_of_width_12()
    {
        var form = await SaveFormAsync(factory, "Advice", AdviceForm.Design);

        var response = await Client().GetAsync($"/umbraco/forms/api/v1/definitions/{form.Key:D}?contentId={Guid.NewGuid():D}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(form.Key.ToString("D"), root.GetProperty("id").GetString());
        Assert.Equal("Continue", root.GetProperty("nextLabel").GetString());
        Assert.Equal(3, root.GetProperty("pages").GetArrayLength());
        var adoption = root.GetProperty("pages")[1];
        Assert.Equal("Show", adoption.GetProperty("condition").GetProperty("actionType").GetString());
        Assert.Equal(form.FindField("route")!.Key.ToString("D"), adoption.GetProperty("condition").GetProperty("rules")[0].GetProperty("field").GetString());
        var column = root.GetProperty("pages")[0].GetProperty("fieldsets")[0].GetProperty("columns")[0];
        Assert.Equal(12, column.GetProperty("width").GetInt32());
        var route = column.GetProperty("fields")[2];
        Assert.Equal("route", route.GetProperty("alias").GetString());
        Assert.Equal(FieldTypeIds.SingleChoice.ToString("D"), route.GetProperty("type").GetProperty("id").GetString());
        Assert.Equal("Single choice", route.GetProperty("type").GetProperty("name").GetString());
        Assert.Equal("adoption", route.GetProperty("preValues")[0].GetProperty("value").GetString());
        Assert.True(route.GetProperty("required").GetBoolean());
        Assert.Equal("email", column.GetProperty("fields")[1].GetProperty("settings").GetProperty("fieldType").GetString());
        Assert.Equal(JsonValueKind.Null, route.GetProperty("fileUploadOptions").ValueKind);
    }

    [Fact]
    public async Task An_entry_with_problems_gets_a_422_with_errors_by_alias_and_a_good_one_a_202()
    {
        var form = await SaveFormAsync(factory, "Advice", AdviceForm.Design);
        var client = Client();

        var bad = await PostEntryAsync(client, form.Key, new { values = new Dictionary<string, object> { ["email"] = "nope", ["route"] = "somewhere" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()))
        {
            var errors = problem.RootElement.GetProperty("errors");
            Assert.Equal("Enter your name", errors.GetProperty("name")[0].GetString());
            Assert.Contains("correct format", errors.GetProperty("email")[0].GetString(), StringComparison.Ordinal);
            Assert.Contains("from the list", errors.GetProperty("route")[0].GetString(), StringComparison.Ordinal);
            Assert.False(errors.TryGetProperty("adopted", out _), "a page hidden by its condition is not checked");
        }

        var page = await PlaceAsync(factory, form.Key);
        var good = await PostEntryAsync(client, form.Key, new
        {
            values = new Dictionary<string, object>
            {
                ["name"] = "Ana", ["email"] = "ana@example.org", ["route"] = "other", ["details"] = "About a school place",
                ["school"] = "Oak Primary", ["consent"] = "true", ["adopted"] = "2020-01-01",
            },
            contentId = page.Key,
        });

        Assert.Equal(HttpStatusCode.Accepted, good.StatusCode);
        using var accepted = JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        Assert.Equal("We have your question", accepted.RootElement.GetProperty("messageOnSubmit").GetString());
        var entry = Assert.Single(await EntriesAsync(factory, form.Key));
        Assert.Equal(page.Key, entry.PageKey);
        Assert.Equal(["Oak Primary"], entry.ValuesOf(form.FindField("school")!.Key));
        Assert.Empty(entry.ValuesOf(form.FindField("adopted")!.Key));
        Assert.Equal(2, (await RunsAsync(factory, form.Key)).Count);
    }

    [Fact]
    public async Task Without_the_key_or_the_token_the_api_refuses()
    {
        var form = await SaveFormAsync(factory, "Advice", AdviceForm.Design);

        var noKey = await Client(withKey: false).GetAsync($"/umbraco/forms/api/v1/definitions/{form.Key:D}");
        var wrongKey = Client(withKey: false);
        wrongKey.DefaultRequestHeaders.Add("Api-Key", "guess");
        var noToken = await PostEntryAsync(Client(), form.Key, new { values = new { name = "Bo" } }, withToken: false);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync($"/umbraco/forms/api/v1/definitions/{form.Key:D}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync($"/umbraco/forms/api/v1/definitions/{Guid.NewGuid():D}")).StatusCode);
        Assert.Empty(await EntriesAsync(factory, form.Key));
    }

    [Fact]
    public async Task The_api_is_in_its_openapi_document()
    {
        using var json = JsonDocument.Parse(await Client(withKey: false).GetStringAsync("/umbraco/swagger/forms/swagger.json"));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/umbraco/forms/api/v1/definitions/{id}", out var definitions));
        Assert.Equal("GetFormDefinition", definitions.GetProperty("get").GetProperty("operationId").GetString());
        Assert.True(paths.GetProperty("/umbraco/forms/api/v1/entries/{id}").GetProperty("post").GetProperty("responses").TryGetProperty("422", out _));
    }
}
