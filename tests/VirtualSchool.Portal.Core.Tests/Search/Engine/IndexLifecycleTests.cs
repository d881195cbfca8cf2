using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using static VirtualSchool.Portal.Core.Tests.Search.Engine.TestSearchEngine;

namespace VirtualSchool.Portal.Core.Tests.Search.Engine;

/// <summary>Start-up, rebuilds and recovery: missing, corrupt and behind indexes are rebuilt in the background and swapped in.</summary>
[Trait("Category", "Unit")]
public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.Create("search-life");

    public void Dispose() => _folder.Dispose();

    private static TestPopulator Populator(int count)
    {
        var populator = new TestPopulator();
        populator.Documents.AddRange(Enumerable.Range(1, count).Select(i => Page($"p{i}", $"Page {i}", "Funding guidance number " + i)));
        return populator;
    }

    [Fact]
    public async Task A_missing_index_is_built_in_the_background_and_searches_say_so_until_it_is()
    {
        var populator = Populator(30);
        populator.Hold = new SemaphoreSlim(0);
        populator.HoldAfter = 10;
        using var search = new TestSearchEngine(_folder.Path, populators: [populator]);

        await search.Engine.StartAsync(CancellationToken.None);
        await populator.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var during = await search.SearchAsync("funding");
        var status = search.Engine.Statuses().Single(s => s.Name == SearchIndexNames.External);
        populator.Hold.Release();
        await search.Engine.RebuildsAsync();
        var after = await search.SearchAsync("funding");

        Assert.False(during.Complete);
        Assert.Equal(SearchIndexHealth.Rebuilding, status.Health);
        Assert.Equal(10, status.RebuildDone);
        Assert.True(after.Complete);
        Assert.Equal(30, after.Total);
        var done = search.Engine.Statuses().Single(s => s.Name == SearchIndexNames.External);
        Assert.Equal((SearchIndexHealth.Healthy, 30), (done.Health, done.DocumentCount));
        Assert.NotNull(done.LastRebuildDuration);
        Assert.NotNull(done.LastUpdated);
    }

    [Fact]
    public async Task Changes_made_during_a_rebuild_are_in_the_rebuilt_index()
    {
        var populator = Populator(5);
        using var search = new TestSearchEngine(_folder.Path, populators: [populator]);
        await search.Engine.StartAsync(CancellationToken.None);
        await search.Engine.RebuildsAsync();

        populator.Hold = new SemaphoreSlim(0);
        populator.HoldAfter = 2;
        Assert.True(search.Engine.RequestRebuild(SearchIndexNames.External));
        Assert.False(search.Engine.RequestRebuild(SearchIndexNames.External));
        await populator.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await search.IndexAsync(Page("new", "Published during the rebuild", "Funding news."));
        await search.Engine.RemoveAsync(SearchIndexNames.External, ["content:p4"], CancellationToken.None);
        Assert.Contains("content:new", (await search.SearchAsync("news")).Hits.Select(h => h.Id));
        populator.Hold.Release();
        await search.Engine.RebuildsAsync();

        var results = await search.SearchAsync(new SearchRequest { Text = "funding", PageSize = 50 });
        Assert.Contains("content:new", results.Hits.Select(h => h.Id));
        Assert.DoesNotContain("content:p4", results.Hits.Select(h => h.Id));
        Assert.Equal(5, results.Total);
        Assert.Single(Directory.GetDirectories(Path.Combine(_folder.Path, SearchIndexNames.External), "g*"));
    }

    [Fact]
    public async Task An_index_whose_fingerprints_match_is_not_rebuilt_and_one_behind_is()
    {
        var populator = Populator(3);
        using (var first = new TestSearchEngine(_folder.Path, populators: [populator]))
        {
            await first.Engine.StartAsync(CancellationToken.None);
            await first.Engine.RebuildsAsync();
        }

        using (var same = new TestSearchEngine(_folder.Path, populators: [populator]))
        {
            await same.Engine.StartAsync(CancellationToken.None);
            await same.Engine.RebuildsAsync();
            Assert.Equal(1, populator.Reads);
            Assert.Equal(3, (await same.SearchAsync("funding")).Total);
        }

        populator.Fingerprint = "2";
        populator.Documents.Add(Page("p4", "Page 4", "Funding four"));
        using var behind = new TestSearchEngine(_folder.Path, populators: [populator]);
        await behind.Engine.StartAsync(CancellationToken.None);
        await behind.Engine.RebuildsAsync();
        Assert.Equal(2, populator.Reads);
        Assert.Equal(4, (await behind.SearchAsync("funding")).Total);
    }

    [Fact]
    public async Task Live_changes_are_committed_with_fresh_fingerprints_so_a_restart_does_not_rebuild()
    {
        var populator = Populator(2);
        using (var first = new TestSearchEngine(_folder.Path, populators: [populator]))
        {
            await first.Engine.StartAsync(CancellationToken.None);
            await first.Engine.RebuildsAsync();
            populator.Fingerprint = "after-publish";
            await first.IndexAsync(Page("p3", "Page 3", "Funding three"));
            await first.Engine.CommitAllAsync(CancellationToken.None);
        }

        using var second = new TestSearchEngine(_folder.Path, populators: [populator]);
        await second.Engine.StartAsync(CancellationToken.None);
        await second.Engine.RebuildsAsync();

        Assert.Equal(1, populator.Reads);
        Assert.Equal(3, (await second.SearchAsync("funding")).Total);
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_into_a_fresh_folder()
    {
        var populator = Populator(4);
        using (var first = new TestSearchEngine(_folder.Path, populators: [populator]))
        {
            await first.Engine.StartAsync(CancellationToken.None);
            await first.Engine.RebuildsAsync();
        }

        var root = Path.Combine(_folder.Path, SearchIndexNames.External);
        var generation = Directory.GetDirectories(root, "g*").Single();
        foreach (var file in Directory.GetFiles(generation))
        {
            File.WriteAllBytes(file, new byte[64]);
        }

        using var second = new TestSearchEngine(_folder.Path, populators: [populator]);
        second.Engine.Find(SearchIndexNames.External)!.EnsureOpen();
        var status = second.Engine.Statuses().Single(s => s.Name == SearchIndexNames.External);
        await second.Engine.StartAsync(CancellationToken.None);
        await second.Engine.RebuildsAsync();

        Assert.Equal(SearchIndexHealth.Corrupt, status.Health);
        Assert.NotNull(status.Problem);
        Assert.Equal(4, (await second.SearchAsync("funding")).Total);
        Assert.Equal(SearchIndexHealth.Healthy, second.Engine.Statuses().Single(s => s.Name == SearchIndexNames.External).Health);
        Assert.False(Directory.Exists(generation));
    }

    [Fact]
    public async Task The_files_a_kill_leaves_mid_write_open_with_their_last_commit()
    {
        var copy = Path.Combine(_folder.Path, "copy");
        using (var running = new TestSearchEngine(Path.Combine(_folder.Path, "live")))
        {
            await running.IndexAsync(Page("committed", "Committed", "Funding committed."));
            await running.Engine.CommitAllAsync(CancellationToken.None);
            await running.IndexAsync(Page("pending", "Pending", "Funding pending."));
            // The folder as a process killed now leaves it: a commit, and files no commit names.
            CopyFolder(Path.Combine(_folder.Path, "live"), copy);
        }

        using var recovered = new TestSearchEngine(copy);
        var results = await recovered.SearchAsync("funding");

        Assert.Contains("content:committed", results.Hits.Select(h => h.Id));
        await recovered.IndexAsync(Page("after", "After", "Funding after."));
        Assert.Contains("content:after", (await recovered.SearchAsync("funding")).Hits.Select(h => h.Id));
    }

    private static void CopyFolder(string source, string target)
    {
        // Not the lock file: the running engine holds it (and a killed process's lock goes with the process).
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "index.lock"))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            using var from = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var into = File.Create(to);
            from.CopyTo(into);
        }
    }
}
