using VirtualSchool.Portal.Infrastructure.Search.Index;

namespace VirtualSchool.Portal.Web.Search.Engine;

/// <summary>The search engine (docs/search.md): the Lucene.Net indexes and their start-up and shutdown.</summary>
public static class SearchEngineSetup
{
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddLuceneSearchEngine();
        services.AddHostedService<SearchIndexStartup>();
        return services;
    }
}
