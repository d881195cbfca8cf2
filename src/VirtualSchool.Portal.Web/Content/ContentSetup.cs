using VirtualSchool.Portal.Web.Jobs;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Content;

public static class ContentSetup
{
    /// <summary>The public pages: the property editors, rendering, the page cache, the site's furniture and scheduled publishing.</summary>
    public static IServiceCollection AddContentPages(this IServiceCollection services)
    {
        services.AddPropertyEditors();
        services.AddSingleton<PropertyRenderer>();
        services.AddSingleton<RichTextRenderer>();
        services.AddSingleton<SiteModelFactory>();
        services.AddSingleton<ContentViewLocator>();
        services.AddSingleton<IPageModelProvider, GuidanceLibraryPageModel>();
        services.AddSingleton<PageModels>();
        services.AddSingleton<PageCache>();
        services.AddSingleton<PageProperties>();
        services.AddPortalJob<ScheduledPublishingJob>(ScheduledPublishingJob.Name, "Publishes and unpublishes pages at their scheduled times", JobSchedule.Cron("0 * * * * ?", "every-minute"));
        return services;
    }
}
