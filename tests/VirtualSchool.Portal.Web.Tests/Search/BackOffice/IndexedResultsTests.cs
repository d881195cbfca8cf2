using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>
/// The groups the node's indexes answer, on the real engine: documents put in the internal and members indexes here
/// (as their populators would) are found by the roles whose sections they belong to, restricted or draft, each opening
/// its editor; the search tester shows a hit's fields and score, as the back office or as the public would see it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IndexedResultsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private ISearchIndexer Indexer => factory.Services.GetRequiredService<ISearchIndexer>();

    /// <summary>
    /// The engine builds each index in the background when the portal starts; a document put in before that build is
    /// swapped in could be replaced by it, so each test waits for the start-up build first.
    /// </summary>
    private async Task<ISearchIndexer> BuiltIndexerAsync()
    {
        _ = factory.CreateClient();
        var admin = factory.Services.GetRequiredService<ISearchIndexAdmin>();
        for (var attempt = 0; attempt < 300 && admin.Statuses().Any(s => s.Health is SearchIndexHealth.Rebuilding or SearchIndexHealth.Missing); attempt++)
        {
            await Task.Delay(100);
        }

        return Indexer;
    }

    [Fact]
    public async Task Content_drafts_and_restricted_pages_are_found_by_those_who_edit_content_and_open_their_editor()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var key = Guid.NewGuid();
        // Put in again before each role's search: the document is in no populator, so any rebuild (a legitimate one)
        // drops it, as it would a page deleted from the database.
        async Task IndexAsync() => await (await BuiltIndexerAsync()).IndexAsync(SearchIndexNames.Internal, [new SearchDocument
        {
            Id = $"content:{key}", Kind = SearchKind.Content, Title = $"Quarterly zebra{id} report",
            Text = $"The <b>zebra{id}</b> figures for the Board.", Section = "About us",
            AllowedGroups = new HashSet<string> { "Management Board" },
            Extra = new Dictionary<string, string> { ["state"] = "Draft", [Web.BackOffice.Search.BackOfficeEditUrl.ExtraKey] = $"/umbraco/content/{key}" },
        }], CancellationToken.None);

        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer })
        {
            var client = await factory.SignInAsync(role);
            await IndexAsync();
            var page = await PortalFactory.ParseAsync(await client.GetAsync($"/umbraco/search?q=zebra{id}"));
            var item = page.QuerySelector("#group-content li");
            Assert.True(item is not null, $"{role} did not find the draft");
            Assert.Equal($"/umbraco/content/{key}", item!.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains("Draft", item.QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("About us", item.TextContent, StringComparison.Ordinal);
            // The snippet is the engine's: the document's own markup encoded, the match marked.
            Assert.NotNull(item.QuerySelector("mark"));
            Assert.Null(item.QuerySelector("p b"));
        }

        foreach (var role in new[] { BackOfficeRoles.TrainingCoordinator, BackOfficeRoles.BoardClerk })
        {
            var client = await factory.SignInAsync(role);
            await IndexAsync();
            Assert.DoesNotContain($"Quarterly", await (await client.GetAsync($"/umbraco/search?q=zebra{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Media_is_found_by_editors_but_not_by_writers_and_members_only_by_those_who_manage_members()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await (await BuiltIndexerAsync()).IndexAsync(SearchIndexNames.Internal, [new SearchDocument
        {
            Id = $"media:{Guid.NewGuid()}", Kind = SearchKind.Media, Title = $"okapi{id} leaflet.pdf", Format = "PDF", Bytes = 2048,
        }], CancellationToken.None);
        await (await BuiltIndexerAsync()).IndexAsync(SearchIndexNames.Members, [new SearchDocument
        {
            Id = $"member:{Guid.NewGuid()}", Kind = SearchKind.Member, Title = $"Marta Okapi{id}", Text = $"marta.{id}@board.example Management Board",
            Extra = new Dictionary<string, string> { ["email"] = $"marta.{id}@board.example", ["groups"] = "Management Board" },
        }], CancellationToken.None);

        var editor = await PortalFactory.ParseAsync(await (await factory.SignInAsync(BackOfficeRoles.Editor)).GetAsync($"/umbraco/search?q=okapi{id}"));
        Assert.Contains("PDF, 2 KB", editor.QuerySelector("#group-media li")!.TextContent, StringComparison.Ordinal);
        Assert.Null(editor.QuerySelector("#group-members"));

        var writer = await (await factory.SignInAsync(BackOfficeRoles.Writer)).GetStringAsync($"/umbraco/search?q=okapi{id}");
        Assert.DoesNotContain("leaflet", writer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("group-media", writer, StringComparison.Ordinal);

        var clerk = await PortalFactory.ParseAsync(await (await factory.SignInAsync(BackOfficeRoles.BoardClerk)).GetAsync($"/umbraco/search?q=marta.{id}@board.example"));
        var member = clerk.QuerySelector("#group-members li a")!;
        Assert.Equal($"Marta Okapi{id}", member.TextContent.Trim());
        Assert.StartsWith("/umbraco/members", member.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains($"marta.{id}@board.example · Management Board", member.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(clerk.QuerySelector("#group-media"));
    }

    [Fact]
    public async Task The_search_tester_shows_each_hits_fields_and_score_and_what_the_public_would_not_see()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await (await BuiltIndexerAsync()).IndexAsync(SearchIndexNames.External, [
            new SearchDocument { Id = $"content:{Guid.NewGuid()}", Kind = SearchKind.Guidance, Title = $"Public narwhal{id} guidance", Url = "/guidance/narwhal", Section = "Schools", Audiences = ["Designated teachers"] },
            new SearchDocument { Id = $"content:{Guid.NewGuid()}", Kind = SearchKind.Page, Title = $"Board narwhal{id} minutes", AllowedGroups = new HashSet<string> { "Management Board" } },
        ], CancellationToken.None);
        var admin = await factory.SignInAdministratorAsync();

        var everything = await PortalFactory.ParseAsync(await admin.GetAsync($"/umbraco/settings/search/tester?index={SearchIndexNames.External}&q=narwhal{id}&reader=back-office"));
        Assert.Equal(2, everything.QuerySelectorAll("[data-hit]").Length);
        var hit = everything.QuerySelectorAll("[data-hit]").First(h => h.TextContent.Contains("Public", StringComparison.Ordinal));
        Assert.Equal("/guidance/narwhal", hit.QuerySelector("[data-field='url'] dd")!.TextContent);
        Assert.Equal("Guidance", hit.QuerySelector("[data-field='kind'] dd")!.TextContent);
        Assert.Equal("Designated teachers", hit.QuerySelector("[data-field='audiences'] dd")!.TextContent);
        Assert.True(float.Parse(hit.QuerySelector("[data-field='score'] dd")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var asPublic = await admin.GetAsync($"/umbraco/settings/search/tester?index={SearchIndexNames.External}&q=narwhal{id}&reader=public");
        Assert.Equal(HttpStatusCode.OK, asPublic.StatusCode);
        var publicPage = await PortalFactory.ParseAsync(asPublic);
        Assert.Single(publicPage.QuerySelectorAll("[data-hit]"));
        Assert.DoesNotContain("Board", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_lists_the_engines_indexes()
    {
        var admin = await factory.SignInAdministratorAsync();

        var page = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/settings/search"));

        Assert.Equal(SearchIndexNames.All.Order(StringComparer.Ordinal), page.QuerySelectorAll("#search-indexes tr[data-index]").Select(r => r.GetAttribute("data-index")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rebuild_from_the_dashboard_runs_on_the_engine_and_the_status_endpoint_follows_it_to_healthy()
    {
        await BuiltIndexerAsync();
        var admin = await factory.SignInAdministratorAsync();

        var posted = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/settings/search", "/umbraco/settings/search/rebuild", new Dictionary<string, string> { ["index"] = SearchIndexNames.Members });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        string? health = null;
        for (var attempt = 0; attempt < 300 && health != "Healthy"; attempt++)
        {
            await Task.Delay(100);
            using var json = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync("/umbraco/settings/search/status"));
            health = json.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == SearchIndexNames.Members).GetProperty("health").GetString();
        }

        Assert.Equal("Healthy", health);
        var row = (await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/settings/search"))).QuerySelector($"tr[data-index='{SearchIndexNames.Members}']")!;
        Assert.StartsWith("Last rebuilt in", row.QuerySelector("[data-field='progress']")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_finds_a_seeded_page_and_its_state_and_the_link_opens_its_editor()
    {
        await BuiltIndexerAsync();
        var about = factory.Services.GetRequiredService<Core.Published.IPublishedContentCache>().GetByRoute("/admissions")!;
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        AngleSharp.Dom.IElement? link = null;
        for (var attempt = 0; attempt < 50 && link is null; attempt++)
        {
            // The sources fill the internal index in the background after start; give them a moment.
            var page = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/search?q=" + Uri.EscapeDataString(about.Name) + "&section=content"));
            link = page.QuerySelectorAll("#group-content li a").FirstOrDefault(a => a.GetAttribute("href") == $"/umbraco/content/{about.Key}");
            if (link is null)
            {
                await Task.Delay(200);
            }
        }

        Assert.True(link is not null, $"'{about.Name}' did not find /umbraco/content/{about.Key}");
        Assert.Equal("Published", link!.ParentElement!.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(link.GetAttribute("href"))).StatusCode);
    }
}
