using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VirtualSchool.Portal.Infrastructure;

/// <summary>
/// How every database context of the portal connects: one database, chosen by <c>Portal:Database:Provider</c>,
/// shared by features that keep their own tables and their own migrations history.
/// </summary>
public static class PortalDatabase
{
    public static void Configure(DbContextOptionsBuilder db, IServiceProvider services, string migrationsAssembly, string historyTable)
    {
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var dataPath = services.GetRequiredService<PortalLocations>().DataPath;
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Portal");
        switch (options.Database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Portal:Database:Provider is PostgreSql but ConnectionStrings:Portal is not set.");
                }

                db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(historyTable));
                break;
            default:
                db.UseSqlite(
                    string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataPath, "portal.db")}" : connectionString,
                    sqlite => sqlite.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(historyTable));
                break;
        }

        // The migrations are written by hand with no model snapshot (EF's design tools cannot be installed),
        // so EF cannot compare the model with a snapshot; the tests check the schema instead.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
