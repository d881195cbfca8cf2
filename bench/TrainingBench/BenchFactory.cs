using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace TrainingBench;

/// <summary>
/// The real portal in-process, on a fresh data folder (SQLite, mail written as .eml files by the outbox job). The
/// type argument only names the portal's assembly; the bench's own top-level Program would hide the portal's.
/// </summary>
public sealed class BenchFactory(string dataPath, string repositoryRoot, IDictionary<string, string?> extra) : WebApplicationFactory<BackOfficeUser>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(repositoryRoot);
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Portal:DataPath"] = dataPath,
                ["Portal:ContentRoot"] = repositoryRoot,
                ["Portal:Training:PermitsPerMinute"] = "1000000",
                ["Logging:LogLevel:Default"] = "Warning",
                // TestServer has no request-size feature; the warning on every post would measure the console.
                ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter"] = "Error",
                ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
                ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
                ["Logging:Console:FormatterName"] = "simple",
            };
            foreach (var (key, value) in extra)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
