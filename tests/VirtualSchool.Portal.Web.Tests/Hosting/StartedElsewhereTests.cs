using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// The built portal started as an operator would (<c>dotnet VirtualSchool.Portal.Web.dll</c>) from a folder that
/// is not its own: its settings are still read from its own folder (JSON logs, no SQL statements), and the log
/// says where the site's files are read from.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StartedElsewhereTests
{
    private static string PortalDll()
    {
        // The web project's own build output, in the configuration these tests were built in.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return Path.Combine(PortalFactory.RepositoryRoot, "src", "VirtualSchool.Portal.Web", "bin", configuration, "net10.0", "VirtualSchool.Portal.Web.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Started_from_another_folder_the_portal_reads_its_own_settings_and_logs_its_site_root()
    {
        var elsewhere = Directory.CreateTempSubdirectory("vsp-elsewhere-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [PortalDll()])
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Portal__DataPath"] = Path.Combine(elsewhere, "data");
        start.Environment["Portal__Training__SeedSessions"] = "false";
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await PortalProcess.ReadyAsync(client, process, 90);
            Assert.True(ready, "the portal did not become ready:\n" + Text(output));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(elsewhere, recursive: true);
        }

        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        // appsettings.json was applied: every line is a JSON log entry, and EF Core's SQL is not logged.
        Assert.All(lines, line => Assert.StartsWith("{", line, StringComparison.Ordinal));
        var messages = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Message").GetString() ?? "").ToList();
        Assert.DoesNotContain(messages, m => m.Contains("Executed DbCommand", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Site root: " + PortalFactory.RepositoryRoot, StringComparison.Ordinal));
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
