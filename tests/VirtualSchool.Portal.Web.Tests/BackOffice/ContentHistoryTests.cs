using System.Net;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>History and rollback, driven through the back-office pages.</summary>
[Trait("Category", "Integration")]
[Collection(ContentToolsCollection.Name)]
public sealed class ContentHistoryTests(BackOfficeFactory factory) : ContentToolsTests(factory)
{
    [Fact]
    public async Task History_lists_versions_and_compare_shows_changed_values_escaped()
    {
        var page = await NewPageAsync($"History {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        var values = new Dictionary<string, string?>(first.Properties) { ["metaTitle"] = "<script>alert(1)</script>" };
        await Content.SaveAsync(page.Key, page.Name, values, "editor@virtualschool.test");
        var second = (await Repository.GetVersionsAsync(page.Key))[0];
        var client = await Factory.SignInAsync(BackOfficeRoles.Writer);

        var history = await PortalFactory.ParseAsync(await client.GetAsync($"/umbraco/content/{page.Key}/history"));
        var compare = await client.GetAsync($"/umbraco/content/{page.Key}/history/compare?from={first.Id}&to={second.Id}");

        Assert.Equal(["2", "1"], history.QuerySelectorAll(".app-versions tbody tr").Select(r => r.GetAttribute("data-version")));
        Assert.Contains("editor@virtualschool.test", history.QuerySelector(".app-versions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        var html = await compare.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var table = await PortalFactory.ParseAsync(compare);
        var changed = table.QuerySelectorAll(".app-compare__changed").Select(r => r.GetAttribute("data-alias")).ToList();
        Assert.Equal(["metaTitle"], changed);
        // The words added are marked (and said to be added); the markup typed is shown as text, never run.
        Assert.Equal("[added: <script>alert(1)</script>]", table.QuerySelector(".app-compare__changed ins")!.TextContent);
    }

    [Fact]
    public async Task Unknown_pages_and_versions_are_404()
    {
        var page = await NewPageAsync($"Missing {Guid.NewGuid():N}");
        var client = await Factory.SignInAdministratorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/content/{Guid.NewGuid()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/content/{page.Key}/history/compare?from=1&to=999999")).StatusCode);
    }

    [Fact]
    public async Task A_writer_rolls_back_to_a_draft_but_may_not_publish_it()
    {
        var page = await NewPageAsync($"Rollback {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        await Content.SaveAsync(page.Key, "Renamed draft", first.Properties);
        var client = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var historyPath = $"/umbraco/content/{page.Key}/history";
        var action = $"{historyPath}/{first.Id}/rollback";

        var refused = await BackOfficeBrowser.PostFormAsync(client, historyPath, action, new Dictionary<string, string> { ["publish"] = "true" });
        var saved = await BackOfficeBrowser.PostFormAsync(client, historyPath, action);

        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var versions = await Repository.GetVersionsAsync(page.Key);
        Assert.Equal(3, versions[0].VersionNumber);
        Assert.Equal(page.Name, versions[0].Name);
        Assert.Equal(page.PublishedVersionId, (await Repository.GetNodeAsync(page.Key))!.PublishedVersionId);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Rollback, page.Key));
    }

    [Fact]
    public async Task An_editor_rolls_back_and_publishes_so_readers_see_the_old_name()
    {
        var page = await NewPageAsync($"Publish rollback {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        await Content.SaveAsync(page.Key, $"{page.Name} changed", first.Properties);
        await Content.PublishAsync(page.Key);
        var client = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var historyPath = $"/umbraco/content/{page.Key}/history";

        var response = await BackOfficeBrowser.PostFormAsync(client, historyPath, $"{historyPath}/{first.Id}/rollback", new Dictionary<string, string> { ["publish"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page.Name, Cache.GetByKey(page.Key)!.Name);
    }

    [Fact]
    public async Task Rolling_back_without_the_antiforgery_token_is_400()
    {
        var page = await NewPageAsync($"Forgery {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        var client = await Factory.SignInAsync(BackOfficeRoles.Editor);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.PostAsync($"/umbraco/content/{page.Key}/history/{first.Id}/rollback", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await Repository.GetVersionsAsync(page.Key));
    }
}
