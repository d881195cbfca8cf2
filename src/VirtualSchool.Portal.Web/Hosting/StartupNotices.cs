using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// What an operator needs from the log once the server listens: where the site's files are read from, what is
/// still to be configured, and where to create the first administrator. Written when the server has started,
/// so the addresses are the ones it really listens on.
/// </summary>
public sealed class StartupNotices(
    IHostApplicationLifetime lifetime,
    IHostEnvironment environment,
    PortalLocations locations,
    PublicAddress site,
    BackOffice.BackOfficeInitialiser backOffice,
    IOptions<KeyRingOptions> keyRing,
    ILogger<StartupNotices> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Write);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Write()
    {
        // "Content root path" (logged by ASP.NET Core) is the application's folder, where appsettings.json is;
        // the site's own files are elsewhere in a repository checkout.
        var (siteRoot, dataPath) = (locations.SiteRoot, locations.DataPath);
        var keys = Path.Combine(dataPath, "keys");
        var encrypted = keyRing.Value.CertificatePath is { Length: > 0 };
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Site root: {SiteRoot} (uSync/, wwwroot/); data folder: {DataPath}", siteRoot, dataPath);
            if (encrypted)
            {
                logger.LogInformation("Data-protection keys in {Keys} are encrypted with the certificate from Portal:DataProtection:CertificatePath", keys);
            }
        }

        if (!encrypted && !environment.IsDevelopment())
        {
            // Explains ASP.NET Core's "No XML encryptor configured" warning: the keys sign the sign-in cookies.
            logger.LogWarning("Data-protection keys in {Keys} are not encrypted: anyone who can read that folder can forge sign-in cookies. Set Portal:DataProtection:CertificatePath (see the README)", keys);
        }

        if (!site.Configured && environment.IsProduction())
        {
            var address = site.BaseUrl;
            logger.LogWarning("Portal:PublicUrl is not set: links in emails and the sitemap use this server's own address, {Address}. Set it to the site's public address", address);
        }

        if (backOffice.NeedsSetup)
        {
            var setup = site.BaseUrl + "/umbraco/setup";
            logger.LogWarning("No back-office administrator exists yet: create one at {SetupUrl}", setup);
        }
    }
}
