using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>
/// Settings → Search: each index's count, health, last update and folder; a rebuild (administrators, with its token)
/// with its progress on the page and from the status endpoint; the search tester. Tests that steer the index admin
/// run one at a time in this class, so they never see each other's statuses.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SearchDashboardTests(BackOfficeSearchFactory factory) : IClassFixture<BackOfficeSearchFactory>
{
    private const string Dashboard = "/umbraco/settings/search";

    [Fact]
    public async Task The_dashboard_shows_each_index_with_its_count_health_last_update_and_folder()
    {
        var admin = await factory.SignInAdministratorAsync();

        var page = await PortalFactory.ParseAsync(await admin.GetAsync(Dashboard));

        foreach (var status in factory.IndexAdmin.Statuses())
        {
            var row = page.QuerySelector($"#search-indexes tr[data-index='{status.Name}']");
            Assert.True(row is not null, $"{status.Name} is not listed");
            Assert.Equal(status.Health.ToString(), row!.QuerySelector("[data-field='health']")!.TextContent.Trim());
            Assert.Equal(status.Path, row.QuerySelector("[data-field='path']")!.TextContent.Trim());
            Assert.Equal(status.DocumentCount.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), row.QuerySelector("[data-field='count']")!.TextContent.Trim());
            Assert.NotNull(row.QuerySelector("form[action='/umbraco/settings/search/rebuild'] input[name='index']"));
        }

        Assert.Equal(SearchIndexNames.All.Count, page.QuerySelectorAll("#search-indexes tbody tr").Length);
    }

    [Fact]
    public async Task Rebuild_asks_the_engine_is_audited_and_its_progress_shows_on_the_page_and_the_status_endpoint()
    {
        var admin = await factory.SignInAdministratorAsync();
        var admin2 = factory.IndexAdmin;
        admin2.RebuildAnswer = true;
        try
        {
            var posted = await BackOfficeBrowser.PostFormAsync(admin, Dashboard, "/umbraco/settings/search/rebuild", new Dictionary<string, string> { ["index"] = SearchIndexNames.Internal });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Equal(Dashboard, posted.Headers.Location!.OriginalString);
            Assert.Contains(SearchIndexNames.Internal, admin2.Requested);
            var audited = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.SearchIndexRebuild));
            Assert.Contains(audited.Entries, e => e.ItemKey == SearchIndexNames.Internal && e.UserName!.StartsWith("admin-", StringComparison.Ordinal));

            admin2.Override = () => [ControllableIndexAdmin.Status(SearchIndexNames.Internal, SearchIndexHealth.Rebuilding, 120, done: 500, total: 2000)];
            var page = await PortalFactory.ParseAsync(await admin.GetAsync(Dashboard));
            Assert.Contains(SearchIndexNames.Internal, page.QuerySelector(".govuk-notification-banner--success")?.TextContent ?? "", StringComparison.Ordinal);
            var row = page.QuerySelector($"tr[data-index='{SearchIndexNames.Internal}']")!;
            Assert.Equal("true", row.GetAttribute("data-rebuilding"));
            Assert.Equal("Rebuilding: 500 of 2,000 documents (25%)", row.QuerySelector("[data-field='progress']")!.TextContent.Trim());
            Assert.Equal("25", row.QuerySelector("progress")!.GetAttribute("value"));
            Assert.NotNull(page.QuerySelector("#refresh a[href='/umbraco/settings/search']"));

            using var json = JsonDocument.Parse(await admin.GetStringAsync(Dashboard + "/status"));
            var status = json.RootElement.EnumerateArray().Single();
            Assert.Equal("Rebuilding", status.GetProperty("health").GetString());
            Assert.True(status.GetProperty("rebuilding").GetBoolean());
            Assert.Equal(25, status.GetProperty("percent").GetInt32());

            admin2.Override = () => [ControllableIndexAdmin.Status(SearchIndexNames.Internal, SearchIndexHealth.Healthy, 2000)];
            using var done = JsonDocument.Parse(await admin.GetStringAsync(Dashboard + "/status"));
            Assert.False(done.RootElement[0].GetProperty("rebuilding").GetBoolean());
            Assert.Equal(2000, done.RootElement[0].GetProperty("documentCount").GetInt32());
        }
        finally
        {
            admin2.Override = null;
            admin2.RebuildAnswer = null;
        }
    }

    [Fact]
    public async Task A_rebuild_already_running_is_said_so_and_not_audited_again()
    {
        var admin = await factory.SignInAdministratorAsync();
        factory.IndexAdmin.RebuildAnswer = false;
        try
        {
            var posted = await BackOfficeBrowser.PostFormAsync(admin, Dashboard, "/umbraco/settings/search/rebuild", new Dictionary<string, string> { ["index"] = SearchIndexNames.Members });

            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            var page = await PortalFactory.ParseAsync(await admin.GetAsync(Dashboard));
            Assert.Contains("already being rebuilt", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            factory.IndexAdmin.RebuildAnswer = null;
        }
    }

    [Fact]
    public async Task Rebuilding_an_unknown_index_is_not_found()
    {
        var admin = await factory.SignInAdministratorAsync();

        var response = await BackOfficeBrowser.PostFormAsync(admin, Dashboard, "/umbraco/settings/search/rebuild", new Dictionary<string, string> { ["index"] = "../etc" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Rebuild_without_the_antiforgery_token_is_refused()
    {
        var admin = await factory.SignInAdministratorAsync();
        var before = factory.IndexAdmin.Requested.Count;

        var response = await admin.PostAsync("/umbraco/settings/search/rebuild", new FormUrlEncodedContent(new Dictionary<string, string> { ["index"] = SearchIndexNames.External }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, factory.IndexAdmin.Requested.Count);
    }

    [Fact]
    public async Task The_dashboard_its_status_tester_and_rebuild_are_refused_to_every_role_but_administrators()
    {
        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator, BackOfficeRoles.BoardClerk })
        {
            var client = await factory.SignInAsync(role);
            foreach (var path in new[] { Dashboard, Dashboard + "/status", Dashboard + "/tester?q=pupil" })
            {
                var refused = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            }

            // Even with a token of their own (from a page they may open), the post is refused before it reaches the engine.
            var before = factory.IndexAdmin.Requested.Count;
            var post = await PostWithTokenFromAsync(client, "/umbraco/account/two-factor", "/umbraco/settings/search/rebuild", SearchIndexNames.External);
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.StartsWith("/umbraco/denied", post.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            Assert.Equal(before, factory.IndexAdmin.Requested.Count);
            Assert.DoesNotContain(Dashboard, await client.GetStringAsync("/umbraco"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("index=NoSuchIndex&q=pupil", "#index")]
    [InlineData("reader=somebody&q=pupil", "#reader")]
    public async Task The_tester_answers_bad_input_with_a_400_and_an_error_summary(string query, string field)
    {
        var admin = await factory.SignInAdministratorAsync();

        var response = await admin.GetAsync(Dashboard + "/tester?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await PortalFactory.ParseAsync(response)).QuerySelector($".govuk-error-summary a[href='{field}']"));
    }

    [Fact]
    public async Task The_tester_refuses_text_over_200_characters()
    {
        var admin = await factory.SignInAdministratorAsync();

        var response = await admin.GetAsync(Dashboard + "/tester?q=" + new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Posts with the antiforgery token of a form on a page the user may open, to an action elsewhere.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenFromAsync(HttpClient client, string page, string action, string index)
    {
        var document = await PortalFactory.ParseAsync(await client.GetAsync(page));
        var token = document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["index"] = index }));
    }
}
