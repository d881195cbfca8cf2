using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the content engine, its storage and the uSync importer.</summary>
    public static IServiceCollection AddPortalInfrastructure(
        this IServiceCollection services, PortalOptions options, string dataPath, string? connectionString)
    {
        Directory.CreateDirectory(dataPath);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContextFactory<PortalDbContext>(db =>
        {
            switch (options.Database.Provider)
            {
                case DatabaseProvider.PostgreSql:
                    if (string.IsNullOrWhiteSpace(connectionString))
                    {
                        throw new InvalidOperationException("Portal:Database:Provider is PostgreSql but ConnectionStrings:Portal is not set.");
                    }

                    db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName));
                    break;
                default:
                    db.UseSqlite(
                        string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataPath, "portal.db")}" : connectionString,
                        sqlite => sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName));
                    break;
            }

            // The migrations are written by hand with no model snapshot (EF's design tools cannot be installed),
            // so EF cannot compare the model with a snapshot; the tests check the schema instead.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });

        services.AddSingleton<IEventAggregator, EventAggregator>();
        services.AddSingleton<IPublishedContentCache, PublishedContentCache>();
        services.AddSingleton<IContentRepository, EfContentRepository>();
        services.AddSingleton<IRedirectRepository, EfRedirectRepository>();
        services.AddSingleton<ContentService>();
        services.AddSingleton<PublishedContentRefresher>();
        services.AddSingleton<INotificationHandler<ContentPublishedNotification>>(sp => sp.GetRequiredService<PublishedContentRefresher>());
        services.AddSingleton<INotificationHandler<ContentUnpublishedNotification>>(sp => sp.GetRequiredService<PublishedContentRefresher>());
        services.AddSingleton<INotificationHandler<ContentMovedNotification>>(sp => sp.GetRequiredService<PublishedContentRefresher>());
        services.AddSingleton<PublishedContentLoader>();
        services.AddSingleton(new MediaFileStore(Path.Combine(dataPath, "media")));
        services.AddSingleton<MediaRepository>();
        services.AddSingleton<USyncImporter>();
        services.AddSingleton<FeedbackService>();
        return services;
    }
}
