using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>
/// The content engine wired exactly as the site wires it (<c>AddPortalInfrastructure</c>), on its own SQLite
/// file in its own temp folder, migrated by the real migrations. Each test starts its own, so no test sees
/// another's content.
/// </summary>
public sealed class TestPortal : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private TestPortal(ServiceProvider services, TempFolder folder)
    {
        Services = services;
        _folder = folder;
    }

    public ServiceProvider Services { get; }

    /// <summary>The data folder: the database file and the media store live here.</summary>
    public string DataPath { get; private init; } = "";

    public static async Task<TestPortal> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = TempFolder.Create("portal");
        var options = new PortalOptions();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new NoConfiguration())
            .AddSingleton(Options.Create(options))
            .AddSingleton(PortalLocations.Create(folder.Path, options.DataPath));
        services.AddPortalInfrastructure();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        return new TestPortal(provider, folder) { DataPath = provider.GetRequiredService<PortalLocations>().DataPath };
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<PortalDbContext> OpenDatabaseAsync() =>
        await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        // Pooled connections keep the file open; let them go before the folder is deleted.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "portal.db")}"))
        {
            SqliteConnection.ClearPool(connection);
        }

        _folder.Dispose();
    }
}
