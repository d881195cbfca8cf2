using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content engine, its storage and the uSync importer. Settings are read when services are
    /// first resolved (from <see cref="PortalOptions"/> and <see cref="PortalLocations"/>), not when registered,
    /// so a host's later configuration (tests, environment) is honoured.
    /// </summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // The web host replaces it with the address it listens on.
        services.TryAddSingleton<ISiteAddress, ConfiguredSiteAddress>();
        services.AddSingleton<Email.OutboxSaveInterceptor>();
        services.AddDbContextFactory<PortalDbContext>((sp, db) =>
        {
            PortalDatabase.Configure(db, sp, typeof(PortalDbContext).Assembly.GetName().Name!, "__EFMigrationsHistory");
            var outbox = sp.GetRequiredService<Email.OutboxSaveInterceptor>();
            db.AddInterceptors(outbox, outbox.Transactions);
        });

        services.AddSingleton<IEventAggregator, EventAggregator>();
        services.AddSingleton<IPublishedContentCache, PublishedContentCache>();
        // Public access: the stored rules (members area), kept in memory; with none stored, everything is public.
        services.AddSingleton<Access.PublicAccessRules>();
        services.TryAddSingleton<Core.Access.IPublicAccess>(sp => sp.GetRequiredService<Access.PublicAccessRules>());
        services.AddSingleton<IContentRepository, EfContentRepository>();
        services.AddSingleton<IRedirectRepository, EfRedirectRepository>();
        services.AddSingleton<ContentService>();
        services.AddSingleton<ContentScheduler>();
        services.AddNotificationHandler<PublishedContentRefresher>();
        services.AddSingleton<PublishedContentLoader>();
        // More nodes on one database: each writes what it changed in memory, and reads what the others changed.
        services.AddSingleton<Cluster.ClusterNode>();
        services.AddNotificationHandler<Cluster.CacheInstructions>();
        services.AddSingleton<MediaChanges>();
        services.AddSingleton(sp => new MediaFileStore(Path.Combine(sp.GetRequiredService<PortalLocations>().DataPath, "media")));
        services.AddSingleton<MediaRepository>();
        services.AddSingleton<MediaService>();
        services.AddSingleton<USyncImporter>();
        services.AddSingleton<USyncExporter>();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<FeedbackReport>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<Audit.PersonalDataTraces>();
        services.AddSingleton<Email.IEmailSender, Email.SmtpEmailSender>();
        services.AddSingleton<Email.EmailOutbox>();
        services.AddSingleton<Email.OutboxDispatcher>();
        services.AddSingleton<Email.OutboxReport>();
        services.AddSingleton(new Email.EmailTemplateSource(typeof(Email.EmailTemplates).Assembly));
        services.AddSingleton<Email.EmailTemplates>();
        services.AddSingleton<Email.PortalMail>();
        services.AddSingleton<Jobs.JobRunLog>();
        services.AddFormsInfrastructure();
        Search.SearchServiceCollectionExtensions.AddSearchInfrastructure(services);
        BoardData.BoardDataServiceCollectionExtensions.AddBoardDataInfrastructure(services);
        return services;
    }
}
