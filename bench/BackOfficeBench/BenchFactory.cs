using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace BackOfficeBench;

/// <summary>
/// The real portal in-process, on a fresh data folder, configured as the page benchmark runs it. The type argument
/// only names the portal's assembly (whose entry point is started); the bench's own top-level Program would hide the portal's.
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
            ["Portal:Feedback:PermitsPerMinute"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
