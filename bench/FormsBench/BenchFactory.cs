using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace FormsBench;

/// <summary>
/// The real portal in-process on a fresh data folder (SQLite, mail written as .eml files by the outbox job), with the
/// site's uSync seeds (the three forms). The submission-time check is off and the per-address limit raised, since every
/// simulated person comes from one address and posts at once. The type argument only names the portal's assembly.
/// </summary>
public sealed class BenchFactory(string dataPath, string repositoryRoot, string adminEmail, string adminPassword) : WebApplicationFactory<BackOfficeUser>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(repositoryRoot);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = dataPath,
            ["Portal:ContentRoot"] = repositoryRoot,
            ["Portal:Install:AdminEmail"] = adminEmail,
            ["Portal:Install:AdminPassword"] = adminPassword,
            ["Portal:Security:SignInPermitsPerMinute"] = "10000",
            ["Portal:Forms:MinimumSecondsToSubmit"] = "0",
            ["Portal:Forms:PermitsPerMinute"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            ["Logging:Console:FormatterName"] = "simple",
        }));
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
