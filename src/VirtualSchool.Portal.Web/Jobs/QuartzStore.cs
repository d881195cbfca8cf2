using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.AdoJobStore;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.Jobs;

/// <summary>
/// Quartz keeps its jobs and triggers in the portal's own database (SQLite by default, PostgreSQL when the
/// portal runs on it), in tables it creates itself (<c>QRTZ_*</c>). The database is chosen by
/// <c>Portal:Database</c>, which is only final once the host is built, so the data source and the SQL dialect
/// are chosen then rather than when services are registered.
/// </summary>
public static class QuartzStore
{
    public static void Configure(IPersistentStoreBuilder store)
    {
        // The provider and connection string are filled in by DataSource at start-up.
        store.UseDataSource(_ => { });
        store.UseDriverDelegate(sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value.Database.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSQLDelegate()
            : new SQLiteDelegate());
        store.UseSystemTextJsonSerializer();
        store.ProvisionSchema();
    }

    /// <summary>Points Quartz's data source at the portal's database.</summary>
    public sealed class DataSource(IOptions<PortalOptions> portal, PortalLocations locations, IConfiguration configuration) : IPostConfigureOptions<DataSourceOptions>
    {
        public void PostConfigure(string? name, DataSourceOptions options)
        {
            var connectionString = configuration.GetConnectionString("Portal");
            if (portal.Value.Database.Provider == DatabaseProvider.PostgreSql)
            {
                options.Provider = DataSourceOptions.Providers.Npgsql;
                options.ConnectionString = connectionString
                    ?? throw new InvalidOperationException("Portal:Database:Provider is PostgreSql but ConnectionStrings:Portal is not set.");
            }
            else
            {
                options.Provider = DataSourceOptions.Providers.Sqlite;
                options.ConnectionString = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(locations.DataPath, "portal.db")}"
                    : connectionString;
            }
        }
    }

    /// <summary>
    /// On PostgreSQL, where more nodes share one database, the schedulers form a Quartz cluster: each job runs
    /// on one node at a time, and a stopped node's jobs are recovered by another. SQLite is one node's file.
    /// </summary>
    public sealed class Clustering(IOptions<PortalOptions> portal) : IPostConfigureOptions<QuartzOptions>
    {
        public void PostConfigure(string? name, QuartzOptions options)
        {
            if (portal.Value.Database.Provider == DatabaseProvider.PostgreSql)
            {
                options.Properties["quartz.jobStore.clustered"] = "true";
                options.Properties["quartz.scheduler.instanceId"] = "AUTO";
            }
        }
    }
}
