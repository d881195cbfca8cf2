using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.Cluster;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// Anonymous media answers come from the output cache until media changes. That an answer was served from the
/// cache is seen by changing the row straight in the database, behind the media library's back, as nothing in
/// the portal does: the cached answer still shows the old name, and an Api-Key request (never cached) the new one.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MediaOutputCacheTests(MediaOutputCacheTests.Factory factory) : IClassFixture<MediaOutputCacheTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "media-cache-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:DeliveryApi:ApiKey"] = ApiKey };
    }

    private readonly HttpClient _client = factory.CreateClient();

    private MediaService Library => factory.Services.GetRequiredService<MediaService>();

    [Fact]
    public async Task An_anonymous_media_answer_is_cached_until_a_rename_replace_or_trash_through_the_library()
    {
        var folder = (await Library.CreateFolderAsync("Cache folder one")).Item!;
        var key = (await Library.UploadAsync("Cache probe.pdf", new MemoryStream(MediaLibrary.Pdf), folder.Key)).Item!.Key;
        string[] urls =
        [
            $"{V2}/media/item/{key}",
            $"{V2}/media/item/cache-folder-one/cache-probe",
            $"{V2}/media/items?id={key}",
            $"{V2}/media?fetch=children:/cache-folder-one/",
        ];
        foreach (var url in urls)
        {
            Assert.Contains("Cache probe", (await OkAsync(_client, url)).ToString(), StringComparison.Ordinal);
        }

        var first = await GetAsync(_client, urls[0]);
        await RenameBehindTheLibraryAsync(key, "Changed behind the cache");

        // Served from the cache: the database has changed, the answer (and its ETag) has not.
        var again = await GetAsync(_client, urls[0]);
        Assert.Equal("Cache probe", again.Json.GetProperty("name").GetString());
        Assert.Equal(first.Response.Headers.ETag, again.Response.Headers.ETag);
        Assert.Contains("Cache probe", (await OkAsync(_client, urls[2])).ToString(), StringComparison.Ordinal);
        // With Api-Key (or Authorization) nothing is cached or served from the cache.
        Assert.Equal("Changed behind the cache", (await OkAsync(_client, urls[0], ("Api-Key", Factory.ApiKey))).GetProperty("name").GetString());
        Assert.Equal("Changed behind the cache", (await OkAsync(_client, urls[0], ("Authorization", "Bearer x"))).GetProperty("name").GetString());

        Assert.True((await Library.RenameAsync(key, "Renamed probe")).Succeeded);
        Assert.Equal("Renamed probe", (await OkAsync(_client, urls[0])).GetProperty("name").GetString());
        Assert.Equal("Renamed probe", (await OkAsync(_client, $"{V2}/media/item/cache-folder-one/renamed-probe")).GetProperty("name").GetString());
        Assert.Contains("Renamed probe", (await OkAsync(_client, urls[2])).ToString(), StringComparison.Ordinal);
        Assert.Contains("Renamed probe", (await OkAsync(_client, urls[3])).ToString(), StringComparison.Ordinal);

        var bigger = MediaLibrary.Pdf.Concat("% padding\n"u8.ToArray()).ToArray();
        Assert.True((await Library.ReplaceFileAsync(key, "new.pdf", new MemoryStream(bigger))).Succeeded);
        Assert.Equal(bigger.Length, (await OkAsync(_client, urls[0])).GetProperty("bytes").GetInt64());

        Assert.True((await Library.DeleteAsync(key, confirmUsed: true)).Succeeded);
        await ProblemAsync(_client, urls[0], HttpStatusCode.NotFound);
        Assert.Equal(0, (await OkAsync(_client, urls[3])).GetProperty("total").GetInt32());

        Assert.True((await Library.RestoreAsync(key)).Succeeded);
        Assert.Equal("Renamed probe", (await OkAsync(_client, urls[0])).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_move_or_a_new_folder_shows_at_once_and_writes_a_media_instruction_for_the_other_nodes()
    {
        var from = (await Library.CreateFolderAsync("Cache folder two")).Item!;
        var key = (await Library.UploadAsync("Moving probe.pdf", new MemoryStream(MediaLibrary.Pdf), from.Key)).Item!.Key;
        Assert.Equal("/cache-folder-two/moving-probe/", (await OkAsync(_client, $"{V2}/media/item/{key}")).GetProperty("path").GetString());
        var root = (await OkAsync(_client, $"{V2}/media?fetch=children:/")).GetProperty("total").GetInt32();

        var to = (await Library.CreateFolderAsync("Cache folder three")).Item!;
        Assert.Equal(root + 1, (await OkAsync(_client, $"{V2}/media?fetch=children:/")).GetProperty("total").GetInt32());
        Assert.True((await Library.MoveAsync(key, to.Key)).Succeeded);
        Assert.Equal("/cache-folder-three/moving-probe/", (await OkAsync(_client, $"{V2}/media/item/{key}")).GetProperty("path").GetString());

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var written = await db.CacheInstructions.OrderByDescending(i => i.Id).FirstAsync();
        Assert.Equal(CacheInstructionKind.Media, written.Kind);
        Assert.Equal(factory.Services.GetRequiredService<ClusterNode>().Id, written.Origin);
    }

    [Fact]
    public async Task Another_nodes_media_instruction_makes_the_next_answer_fresh()
    {
        var key = (await Library.UploadAsync("Other node probe.pdf", new MemoryStream(MediaLibrary.Pdf))).Item!.Key;
        var url = $"{V2}/media/item/{key}";
        var instructions = factory.Services.GetRequiredService<CacheInstructions>();
        await instructions.ApplyAsync();
        Assert.Equal("Other node probe", (await OkAsync(_client, url)).GetProperty("name").GetString());

        // Another node renamed it: its row changed, and it wrote a media instruction.
        await RenameBehindTheLibraryAsync(key, "Renamed on another node");
        Assert.Equal("Other node probe", (await OkAsync(_client, url)).GetProperty("name").GetString());
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            db.CacheInstructions.Add(new CacheInstruction { Origin = "other-node", Kind = CacheInstructionKind.Media, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        // The node's own reader may get there first; either way it is applied before the next answer.
        await instructions.ApplyAsync();

        Assert.Equal("Renamed on another node", (await OkAsync(_client, url)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_usync_import_that_renames_media_makes_the_next_answer_fresh()
    {
        const string reportKey = "fbc6b136-dbed-4a34-8d18-f3d2e84d8e83";
        var url = $"{V2}/media/item/{reportKey}";
        Assert.Equal("Local offer information report", (await OkAsync(_client, url)).GetProperty("name").GetString());
        var folder = Path.Combine(Path.GetTempPath(), "media-cache-usync-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(Path.Combine(PortalFactory.RepositoryRoot, "uSync", "v17"), folder);
            var config = Path.Combine(folder, "Media", "local-offer-information-report.config");
            await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(config))
                .Replace("<NodeName Default=\"Local offer information report\" />", "<NodeName Default=\"Imported report\" />", StringComparison.Ordinal));

            var dryRun = await factory.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.USync.USyncImporter>().ImportAsync(folder, dryRun: true);
            Assert.Empty(dryRun.Failures);
            Assert.Equal("Local offer information report", (await OkAsync(_client, url)).GetProperty("name").GetString());

            var report = await factory.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.USync.USyncImporter>().ImportAsync(folder);
            Assert.Empty(report.Failures);
            Assert.Equal("Imported report", (await OkAsync(_client, url)).GetProperty("name").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task RenameBehindTheLibraryAsync(Guid key, string name)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.MediaItems.Where(m => m.Key == key).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, name)));
    }
}
