using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// Two portal nodes on one PostgreSQL database, as behind a load balancer: what an editor changes on one is
/// what readers get from the other a moment later, and the job schedulers share their work as a cluster.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class MultiNodeTests
{
    private const string V2 = "/umbraco/delivery/api/v2";

    private sealed class Node(string connectionString) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
            ["Portal:Cluster:SyncIntervalSeconds"] = "1",
        };
    }

    [PostgresFact]
    public async Task A_change_made_on_one_node_is_served_by_the_other()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_nodes_");
        var connectionString = database.ConnectionString();
        using var first = new Node(connectionString);
        var editor = first.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(editor)).StatusCode);
        using var second = new Node(connectionString);
        var reader = second.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(reader)).StatusCode);

        var cache = first.Services.GetRequiredService<IPublishedContentCache>();
        var content = first.Services.GetRequiredService<ContentService>();
        var admissions = cache.GetByRoute("/admissions")!;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/admissions")).StatusCode);

        // A rename published on the first node: the second serves the new address and sends the old one there.
        await content.SaveAsync(admissions.Key, "School admissions", admissions.Properties);
        Assert.True((await content.PublishAsync(admissions.Key)).Succeeded);
        await EventuallyAsync(reader, "/school-admissions", HttpStatusCode.OK);
        var old = await reader.GetAsync("/admissions");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/school-admissions", old.Headers.Location!.OriginalString);
        await EventuallyAsync(reader, $"{V2}/content/item/school-admissions", HttpStatusCode.OK);

        // Unpublished on the first: gone from the second's pages and API.
        var privacy = cache.GetByRoute("/privacy-notice")!;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/privacy-notice")).StatusCode);
        await content.UnpublishAsync(privacy.Key);
        await EventuallyAsync(reader, "/privacy-notice", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{V2}/content/item/{privacy.Key}")).StatusCode);

        // Restricted to a member group on the first: the second asks anonymous readers to sign in.
        await first.Services.GetRequiredService<PublicAccessRules>().SetAsync(PublicAccessTarget.Content, admissions.Key, ["Governors"], "test");
        var restricted = await EventuallyAsync(reader, "/school-admissions", HttpStatusCode.Redirect);
        Assert.StartsWith("/members/login", restricted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.GetAsync($"{V2}/content/item/{admissions.Key}")).StatusCode);

        // The schedulers form one Quartz cluster, each node checked in.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var nodes = new NpgsqlCommand("SELECT count(*) FROM qrtz_scheduler_state", connection);
        Assert.Equal(2L, await nodes.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task Nodes_started_together_on_an_empty_database_all_become_ready()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_together_");
        var connectionString = database.ConnectionString();
        var nodes = Enumerable.Range(0, 3).Select(_ => new Node(connectionString)).ToList();
        try
        {
            // Each node migrates, seeds and imports at start-up: all at once, as an orchestrator starts them.
            var clients = await Task.WhenAll(nodes.Select(node => Task.Run(() => node.CreateBrowserlikeClient())));

            foreach (var client in clients)
            {
                Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(client)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admissions")).StatusCode);
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    /// <summary>Asks the node until it answers with the status (at most 20 seconds), as a reader refreshing would.</summary>
    private static async Task<HttpResponseMessage> EventuallyAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode == expected)
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} still answered {(int)response.StatusCode}, not {(int)expected}");
            response.Dispose();
            await Task.Delay(250);
        }
    }
}
