using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Cluster;
using VirtualSchool.Portal.Infrastructure.Search.Sources;
using VirtualSchool.Portal.Web.Search.Sources;

namespace VirtualSchool.Portal.Web.Search;

/// <summary>
/// What the indexes hold and what keeps them current (docs/search.md, "Sources"): one populator per source for
/// rebuilds, and the change queue fed by the published cache's observer, the content, media and access notifications,
/// other nodes' instructions and a look every few seconds at training sessions and members.
/// </summary>
public static class SearchSourcesSetup
{
    public static IServiceCollection AddSearchSources(this IServiceCollection services)
    {
        services.AddSingleton<DocumentTextReader>();
        services.AddSingleton<DocumentTextCache>();
        services.AddSingleton<SearchContentTypes>();
        services.AddSingleton<TrainingSearchText>();
        services.AddSingleton<PageDocuments>();
        services.AddSingleton<ContentDocuments>();
        services.AddSingleton<MediaDocuments>();
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<SourceFingerprints>();
        services.AddSingleton<SearchIndexedState>();
        services.AddSingleton<SearchSourceSync>();

        services.AddSingleton<ISearchIndexPopulator, PublishedPagesPopulator>();
        services.AddSingleton<ISearchIndexPopulator, PublishedDocumentsPopulator>();
        services.AddSingleton<ISearchIndexPopulator, ContentNodesPopulator>();
        services.AddSingleton<ISearchIndexPopulator, MediaItemsPopulator>();
        services.AddSingleton<ISearchIndexPopulator, MembersPopulator>();

        services.AddSingleton<SearchChangeQueue>();
        services.AddHostedService<SearchChangeWorker>();
        services.AddSingleton<IPublishedContentObserver, PublishedContentSearchObserver>();
        services.AddNotificationHandler<SearchChangeHandlers>();
        services.AddSingleton<ICacheInstructionHandler, ContentSavedInstructionHandler>();
        services.AddSingleton<ICacheInstructionHandler, ImportInstructionHandler>();
        services.AddSingleton<ISearchSourcePoll, TrainingSessionsPoll>();
        services.AddSingleton<ISearchSourcePoll, MembersPoll>();
        services.AddHostedService<SearchSourcePoller>();
        return services;
    }
}
