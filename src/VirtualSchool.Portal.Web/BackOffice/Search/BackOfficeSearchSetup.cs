using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>The back office's search: the box on every screen and its groups, the search dashboard, and the synonyms.</summary>
public static class BackOfficeSearchSetup
{
    public static IServiceCollection AddBackOfficeSearch(this IServiceCollection services)
    {
        // The groups in the order the results page shows them; each names the section's own policy.
        services.AddScoped<IBackOfficeSearchGroup>(sp => new IndexedSearchGroup(
            sp.GetRequiredService<ISearcher>(), "content", "Content", BackOfficePolicies.EditContent, SearchIndexNames.Internal, SearchKind.Content));
        services.AddScoped<IBackOfficeSearchGroup>(sp => new IndexedSearchGroup(
            sp.GetRequiredService<ISearcher>(), "media", "Media", BackOfficePolicies.ManageMedia, SearchIndexNames.Internal, SearchKind.Media));
        services.AddScoped<IBackOfficeSearchGroup>(sp => new IndexedSearchGroup(
            sp.GetRequiredService<ISearcher>(), "members", "Members", BackOfficePolicies.ManageMembers, SearchIndexNames.Members, SearchKind.Member));
        services.AddScoped<IBackOfficeSearchGroup, UserSearchGroup>();
        services.AddScoped<IBackOfficeSearchGroup, TrainingSessionSearchGroup>();
        services.AddScoped<IBackOfficeSearchGroup, BookingSearchGroup>();

        services.AddAuthorizationBuilder()
            .AddPolicy(SearchPolicies.ManageSynonyms, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor));
        return services;
    }
}
