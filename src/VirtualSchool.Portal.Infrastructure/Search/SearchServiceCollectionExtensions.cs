using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Cluster;

namespace VirtualSchool.Portal.Infrastructure.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The search indexes' storage and the synonyms (the index engine and its populators are added beside them).</summary>
    public static IServiceCollection AddSearchInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<SearchSynonymStore>();
        services.AddSingleton<ISearchSynonyms>(sp => sp.GetRequiredService<SearchSynonymStore>());
        services.AddSingleton<ICacheInstructionHandler>(sp => sp.GetRequiredService<SearchSynonymStore>());
        return services;
    }
}
