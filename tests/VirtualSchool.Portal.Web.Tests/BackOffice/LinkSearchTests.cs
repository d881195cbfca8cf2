using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>The searches behind the rich-text editor's link dialog: pages and media files by name, as JSON.</summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class LinkSearchTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task A_writer_finds_a_page_by_part_of_its_name_with_its_route_and_parent()
    {
        var (key, path) = await CreatePublishedPageAsync("Linkable respite");
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);

        var found = await JsonAsync(writer, "/umbraco/content/link-search?q=" + Uri.EscapeDataString("LINKABLE resp"));

        var match = Assert.Single(found.GetProperty("results").EnumerateArray());
        Assert.Equal(key, match.GetProperty("key").GetGuid());
        Assert.StartsWith("Linkable respite", match.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(path, match.GetProperty("path").GetString());
        Assert.Equal("Home", match.GetProperty("parent").GetString());
    }

    [Fact]
    public async Task A_document_is_found_by_name_with_its_size_and_format()
    {
        var name = $"Placement plan {Guid.NewGuid():N}"[..23];
        var file = Path.Combine(PortalFactory.RepositoryRoot, "uSync");
        file = Directory.GetFiles(file, "local-offer-information-report.docx", SearchOption.AllDirectories).Single();
        await using (var stream = File.OpenRead(file))
        {
            var uploaded = await Factory.Services.GetRequiredService<MediaService>().UploadAsync("placement-plan.docx", stream, name: name);
            Assert.True(uploaded.Succeeded, uploaded.Message);
        }

        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var found = await JsonAsync(writer, "/umbraco/media/link-search?q=" + Uri.EscapeDataString(name.ToUpperInvariant()));

        var match = Assert.Single(found.GetProperty("results").EnumerateArray());
        Assert.Equal(name, match.GetProperty("name").GetString());
        Assert.Equal("docx", match.GetProperty("format").GetString());
        Assert.Matches(@"^\d+(\.\d{1,2})? KB$", match.GetProperty("size").GetString());
        Assert.EndsWith(".docx", match.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_more_than_twenty_pages_are_offered()
    {
        var prefix = $"Crowded {Guid.NewGuid():N}"[..16];
        var content = Factory.Services.GetRequiredService<ContentService>();
        for (var i = 0; i < 21; i++)
        {
            var created = await content.CreateAsync(new NewContent($"{prefix} {i:00}", "contentPage", Guid.Parse(Home), Heading("Crowded")));
            Assert.True((await content.PublishAsync(created.Node!.Key)).Succeeded);
        }

        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var found = await JsonAsync(editor, "/umbraco/content/link-search?q=" + Uri.EscapeDataString(prefix));

        var names = found.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(20, names.Count);
        Assert.Equal($"{prefix} 00", names[0]);
        Assert.DoesNotContain($"{prefix} 20", names);
    }

    [Theory]
    [InlineData("/umbraco/content/link-search")]
    [InlineData("/umbraco/content/link-search?q=")]
    [InlineData("/umbraco/content/link-search?q=%20%20")]
    [InlineData("/umbraco/content/link-search?q=a&q=b")]
    [InlineData("/umbraco/content/link-search?q=bad%00text")]
    [InlineData("/umbraco/media/link-search?q=")]
    [InlineData("/umbraco/media/link-search?q=%0A")]
    public async Task A_missing_repeated_or_unreadable_query_is_a_bad_request_not_an_error(string url)
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter part of a name", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_query_is_a_bad_request()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var response = await editor.GetAsync("/umbraco/media/link-search?q=" + new string('a', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/umbraco/media/link-search?q=" + new string('a', 100))).StatusCode);
    }

    [Fact]
    public async Task Only_people_who_may_edit_content_can_search()
    {
        var anonymous = await Factory.CreateBrowserlikeClient().GetAsync("/umbraco/content/link-search?q=adm");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathOf(), StringComparison.Ordinal);

        var coordinator = await Factory.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        foreach (var url in new[] { "/umbraco/content/link-search?q=adm", "/umbraco/media/link-search?q=report" })
        {
            var refused = await coordinator.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathOf(), StringComparison.Ordinal);
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
