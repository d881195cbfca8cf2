using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Search.Sources.SearchWaits;

namespace VirtualSchool.Portal.Web.Tests.Search.Sources;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own index on its own disk: a change made on either is
/// answered by both, the one that made it at once and the other within its instruction sync.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class TwoNodeSearchTests
{
    private sealed class Node(string connectionString) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
            ["Portal:Cluster:SyncIntervalSeconds"] = "1",
        };

        public ISearcher Searcher => Services.GetRequiredService<ISearcher>();
    }

    [PostgresFact]
    public async Task Each_node_keeps_its_own_index_and_answers_changes_made_on_the_other()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_search_");
        var connectionString = database.ConnectionString();
        using var first = new Node(connectionString);
        Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(first.CreateBrowserlikeClient())).StatusCode);
        using var second = new Node(connectionString);
        Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(second.CreateBrowserlikeClient())).StatusCode);
        Assert.NotEqual(first.DataPath, second.DataPath);
        await UntilBuiltAsync(first.Searcher, SearchIndexNames.External, "admissions");
        await UntilBuiltAsync(second.Searcher, SearchIndexNames.External, "admissions");

        // Published on the first: the first finds it at once, the second a moment later.
        var cache = first.Services.GetRequiredService<IPublishedContentCache>();
        var content = first.Services.GetRequiredService<ContentService>();
        var admissions = cache.GetByRoute("/admissions")!;
        var values = admissions.Properties.ToDictionary(p => p.Key, p => p.Value);
        values["summary"] = "How the wombatine panel decides";
        await content.SaveAsync(admissions.Key, admissions.Name, values);
        Assert.True((await content.PublishAsync(admissions.Key)).Succeeded);
        Assert.Single((await SearchAsync(first.Searcher, SearchIndexNames.External, "wombatine")).Hits);
        await EventuallyAsync(second.Searcher, SearchIndexNames.External, "wombatine", SearchReader.Public, r => r.Total == 1);

        // A draft saved on the second reaches the first's back-office index.
        var secondContent = second.Services.GetRequiredService<ContentService>();
        var contact = second.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/contact")!;
        var draft = contact.Properties.ToDictionary(p => p.Key, p => p.Value);
        draft["summary"] = "The numbatish helpline";
        await secondContent.SaveAsync(contact.Key, contact.Name, draft);
        Assert.Single((await SearchAsync(second.Searcher, SearchIndexNames.Internal, "numbatish", SearchReader.BackOffice)).Hits);
        await EventuallyAsync(first.Searcher, SearchIndexNames.Internal, "numbatish", SearchReader.BackOffice, r => r.Total == 1);
        Assert.Equal(0, (await SearchAsync(first.Searcher, SearchIndexNames.External, "numbatish")).Total);

        // Restricted on the second: gone from the public results of both.
        await second.Services.GetRequiredService<PublicAccessRules>().SetAsync(PublicAccessTarget.Content, admissions.Key, [MemberGroupNames.Governors], "test");
        Assert.Equal(0, (await SearchAsync(second.Searcher, SearchIndexNames.External, "wombatine")).Total);
        await EventuallyAsync(first.Searcher, SearchIndexNames.External, "wombatine", SearchReader.Public, r => r.Total == 0);
        Assert.Equal(1, (await SearchAsync(first.Searcher, SearchIndexNames.External, "wombatine", SearchReader.Member([MemberGroupNames.Governors]))).Total);

        // Unpublished on the first: gone from the second too.
        Assert.True((await content.UnpublishAsync(admissions.Key)).Succeeded);
        await EventuallyAsync(second.Searcher, SearchIndexNames.External, "wombatine", SearchReader.Member([MemberGroupNames.Governors]), r => r.Total == 0);
    }
}
