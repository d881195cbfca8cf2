using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// Brings the portal up before it takes requests: applies migrations, imports uSync on first boot and fills
/// the published-content cache. A failed import item is reported, never fatal.
/// </summary>
public sealed class PortalInitialiser(
    IDbContextFactory<PortalDbContext> contexts,
    USyncImporter importer,
    PublishedContentLoader loader,
    Infrastructure.Cluster.CacheInstructions cluster,
    IOptions<PortalOptions> options,
    PortalLocations locations,
    ILogger<PortalInitialiser> logger) : IHostedService
{
    /// <summary>True once the site can serve content; readiness reports it.</summary>
    public bool Ready { get; private set; }

    /// <summary>The report of the import run at start-up, if there was one.</summary>
    public USyncReport? LastImport { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var portal = options.Value;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (portal.Database.MigrateOnStart)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (db.Database.IsSqlite())
            {
                // WAL lets readers carry on while an editor writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        // Read other nodes' changes from here on: anything written while the cache loads is applied again, harmlessly.
        await cluster.BeginAsync(cancellationToken);
        await loader.LoadAsync(cancellationToken);
        var import = portal.USync.ImportOnStart;
        if (import != USyncImportMode.Never)
        {
            bool empty;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                empty = !await db.ContentTypes.AnyAsync(cancellationToken) && !await db.ContentNodes.AnyAsync(cancellationToken);
            }

            if (empty || import == USyncImportMode.Always)
            {
                var folder = Path.GetFullPath(portal.USync.Folder, locations.SiteRoot);
                LastImport = await importer.ImportAsync(folder, cancellationToken);
                await loader.LoadAsync(cancellationToken);
            }
        }

        Ready = true;
        logger.LogInformation("Portal ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
