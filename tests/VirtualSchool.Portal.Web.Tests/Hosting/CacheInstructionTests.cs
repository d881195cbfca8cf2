using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Cluster;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// What a node does with another node's instructions, on the embedded database: the change written by
/// "another node" is made straight in the database, as that node would have made it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CacheInstructionTests
{
    [Fact]
    public async Task An_instruction_that_commits_behind_a_later_one_is_still_applied_and_own_instructions_are_skipped()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateBrowserlikeClient();
        var privacy = factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/privacy-notice")!;
        var contact = factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/contact-us")
            ?? factory.Services.GetRequiredService<IPublishedContentCache>().GetRoots()[0];
        var instructions = factory.Services.GetRequiredService<CacheInstructions>();
        await instructions.ApplyAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/privacy-notice")).StatusCode);

        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var head = await db.CacheInstructions.MaxAsync(i => (long?)i.Id) ?? 0;
            // Another node unpublished the privacy notice; its instruction took id head+1 but committed after head+2.
            var node = await db.ContentNodes.SingleAsync(n => n.Key == privacy.Key);
            node.PublishedVersionId = null;
            db.CacheInstructions.Add(new CacheInstruction { Id = head + 2, Origin = "other-node", Kind = CacheInstructionKind.Children, CreatedAt = DateTime.UtcNow });
            // This node's own instruction for a page it has already applied: must not be loaded again.
            db.CacheInstructions.Add(new CacheInstruction { Id = head + 3, Origin = factory.Services.GetRequiredService<ClusterNode>().Id, Kind = CacheInstructionKind.Content, ItemKey = privacy.Key, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await instructions.ApplyAsync();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/privacy-notice")).StatusCode);

            db.CacheInstructions.Add(new CacheInstruction { Id = head + 1, Origin = "other-node", Kind = CacheInstructionKind.Content, ItemKey = privacy.Key, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await instructions.ApplyAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/privacy-notice")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(contact.Route!)).StatusCode);
        Assert.Equal(0, await instructions.ApplyAsync());
    }

    [Fact]
    public async Task Publishing_writes_an_instruction_for_the_other_nodes_and_old_ones_are_pruned()
    {
        using var factory = new PortalFactory();
        var about = factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/about")!;
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        Assert.True((await factory.Services.GetRequiredService<VirtualSchool.Portal.Core.Content.ContentService>().PublishAsync(about.Key)).Succeeded);

        await using var db = await contexts.CreateDbContextAsync();
        var written = await db.CacheInstructions.OrderByDescending(i => i.Id).FirstAsync();
        Assert.Equal(CacheInstructionKind.Content, written.Kind);
        Assert.Equal(about.Key, written.ItemKey);
        Assert.Equal(factory.Services.GetRequiredService<ClusterNode>().Id, written.Origin);

        await db.CacheInstructions.ExecuteUpdateAsync(s => s.SetProperty(i => i.CreatedAt, DateTime.UtcNow.AddHours(-2)));
        Assert.True(await factory.Services.GetRequiredService<CacheInstructions>().PruneAsync() > 0);
        Assert.False(await db.CacheInstructions.AnyAsync());
    }
}
