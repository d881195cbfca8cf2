using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

public static class SearchEngineServiceCollectionExtensions
{
    /// <summary>The Lucene.Net engine behind <see cref="ISearcher"/>, <see cref="ISearchIndexer"/> and <see cref="ISearchIndexAdmin"/>.</summary>
    public static IServiceCollection AddLuceneSearchEngine(this IServiceCollection services)
    {
        services.AddSingleton<SearchEngine>();
        services.AddSingleton<ISearchIndexer>(sp => sp.GetRequiredService<SearchEngine>());
        services.AddSingleton<ISearchIndexAdmin>(sp => sp.GetRequiredService<SearchEngine>());
        services.AddSingleton<LuceneSearcher>();
        services.AddSingleton<ISearcher>(sp => sp.GetRequiredService<LuceneSearcher>());
        return services;
    }
}
