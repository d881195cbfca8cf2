using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>
/// Starts the real portal through HTTP on its own fresh SQLite database and data folder. Each test class
/// gets one (as an xunit class fixture); settings can be overridden by subclasses.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The portal's data folder: a new one, unless set to an earlier portal's (a restart).</summary>
    public string DataPath
    {
        get => _dataPath ??= Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vsp-tests", Guid.NewGuid().ToString("N"))).FullName;
        init => _dataPath = Directory.CreateDirectory(value).FullName;
    }

    private string? _dataPath;

    /// <summary>The repository's top folder (where the solution file is).</summary>
    public static string RepositoryRoot { get; } = FindUp("VirtualSchool.Portal.sln")
        ?? throw new InvalidOperationException("The repository root was not found.");

    /// <summary>The shared folder beside the repository (fixtures, seeds).</summary>
    public static string SharedFolder { get; } = Path.Combine(Directory.GetParent(RepositoryRoot)!.FullName, "shared");

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Portal:DataPath"] = DataPath,
                ["Portal:ContentRoot"] = RepositoryRoot,
                ["Portal:Feedback:PermitsPerMinute"] = "1000",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:Console:FormatterName"] = "simple",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
    }

    public HttpClient CreateBrowserlikeClient(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Polls /health/ready as a load balancer would until it answers 200, or 30 seconds pass, and returns the last answer.
    /// The portal serves pages as soon as it starts, but the job scheduler (Quartz, on its persistent store) starts just
    /// after, so the probe is rightly 503 for a moment.
    /// </summary>
    public static async Task<HttpResponseMessage> WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == System.Net.HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(200);
        }
    }

    /// <summary>Leave the data folder when the portal stops, so another can start on it (a restart).</summary>
    public bool KeepDataOnDispose { get; init; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataOnDispose)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    private static string? FindUp(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, file)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
