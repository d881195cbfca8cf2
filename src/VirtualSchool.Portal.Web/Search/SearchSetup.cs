using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Search.Engine;

namespace VirtualSchool.Portal.Web.Search;

/// <summary>
/// Search (docs/search.md): the node's indexes on Lucene.Net (<c>Infrastructure/Search</c>), what fills them, the public
/// and members' search pages, and the back office's search box, dashboard and synonyms (<c>BackOffice/Search/</c>).
/// Each part registers itself in its own setup method, called from here.
/// </summary>
public static class SearchSetup
{
    /// <summary>Searches share this per-address limit (<c>Portal:Search:PermitsPerMinute</c>).</summary>
    public const string RateLimitPolicy = "search";

    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSearchEngine();
        builder.Services.AddSearchSources();
        return builder;
    }

    public static WebApplication MapSearch(this WebApplication app) => app;

    /// <summary>The per-address limit's permits, read per request (settings arrive late in tests).</summary>
    public static int PermitsPerMinute(IServiceProvider services) =>
        services.GetRequiredService<IOptions<PortalOptions>>().Value.Search.PermitsPerMinute;
}
