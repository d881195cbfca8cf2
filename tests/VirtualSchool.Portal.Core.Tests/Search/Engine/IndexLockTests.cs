using System.Diagnostics;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using static VirtualSchool.Portal.Core.Tests.Search.Engine.TestSearchEngine;

namespace VirtualSchool.Portal.Core.Tests.Search.Engine;

/// <summary>
/// The index folder's lock against other processes: a real child process holding it keeps this one out (Locked,
/// incomplete answers, no exception); killing it with SIGKILL frees it; and while this process holds it, another
/// process cannot take it. The child is Python's <c>fcntl.flock</c>, the call .NET makes for <see cref="FileShare.None"/>.
/// </summary>
[Trait("Category", "Unit")]
public sealed class IndexLockTests : IDisposable
{
    private const string Holder = "import fcntl,sys,time\nf=open(sys.argv[1],'a')\nfcntl.flock(f,fcntl.LOCK_EX)\nprint('locked',flush=True)\ntime.sleep(600)\n";
    private const string Taker = "import fcntl,sys\nf=open(sys.argv[1],'a')\ntry:\n fcntl.flock(f,fcntl.LOCK_EX|fcntl.LOCK_NB)\n print('taken')\nexcept OSError:\n print('refused')\n";

    private readonly TempFolder _folder = TempFolder.Create("search-lock");

    public void Dispose() => _folder.Dispose();

    private string LockFile => Path.Combine(_folder.Path, SearchIndexNames.External, "index.lock");

    [Fact]
    public async Task Another_process_cannot_take_the_lock_this_one_holds()
    {
        using var search = new TestSearchEngine(_folder.Path);
        await search.IndexAsync(Page("p", "Funding", "Funding."));

        var answer = await RunPythonAsync(Taker, LockFile);

        Assert.Equal("refused", answer);
    }

    [Fact]
    public async Task An_index_another_process_holds_is_locked_searches_answer_incomplete_and_writes_are_skipped()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        using var holder = await HoldAsync();
        using var search = new TestSearchEngine(_folder.Path);

        var results = await search.SearchAsync("funding");
        await search.IndexAsync(Page("p", "Funding", "Funding."));
        await search.Engine.StartAsync(CancellationToken.None);
        var status = search.Engine.Statuses().Single(s => s.Name == SearchIndexNames.External);

        Assert.False(results.Complete);
        Assert.Empty(results.Hits);
        Assert.Equal(SearchIndexHealth.Locked, status.Health);
        Assert.Contains("lock", status.Problem, StringComparison.OrdinalIgnoreCase);
        Assert.False(search.Engine.RequestRebuild(SearchIndexNames.External));
    }

    [Fact]
    public async Task A_lock_held_by_a_process_killed_with_sigkill_is_free_again()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        using var search = new TestSearchEngine(_folder.Path);
        using (var holder = await HoldAsync())
        {
            await search.Engine.StartAsync(CancellationToken.None);
            Assert.False((await search.SearchAsync("funding")).Complete);
            holder.Kill();
            await holder.WaitForExitAsync();
        }

        // The engine tries the lock again a few seconds after it was refused, then builds the missing index.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        SearchResults results;
        do
        {
            await Task.Delay(250);
            results = await search.SearchAsync("funding");
        }
        while (!results.Complete && DateTime.UtcNow < deadline);

        await search.IndexAsync(Page("p", "Funding", "Funding."));
        Assert.True(results.Complete);
        Assert.Single((await search.SearchAsync("funding")).Hits);
    }

    private async Task<Process> HoldAsync()
    {
        var process = Process.Start(Python(Holder, LockFile))!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("locked", line);
        return process;
    }

    private static async Task<string> RunPythonAsync(string script, string file)
    {
        using var process = Process.Start(Python(script, file))!;
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync();
        return output.Trim();
    }

    private static ProcessStartInfo Python(string script, string file) =>
        new(Environment.GetEnvironmentVariable("PORTAL_TEST_PYTHON") ?? "python3", ["-c", script, file])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
}
