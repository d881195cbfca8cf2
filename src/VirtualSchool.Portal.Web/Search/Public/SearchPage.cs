using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// Runs a search page's search for a reader (the public, or a member with their groups) and builds what the page shows.
/// Every count and option comes from <see cref="SearchResults"/>, which the engine has already limited to what the reader
/// may find, so a restricted page's audience or kind is never counted here either.
/// </summary>
public static class SearchPage
{
    public static async Task<SearchPageModel> BuildAsync(
        ISearcher searcher, SearchQuery query, SearchReader reader, string path, bool forMembers, CancellationToken cancellationToken)
    {
        var errors = query.Errors.ToList();
        if (errors.Count > 0 || !query.HasText)
        {
            return new SearchPageModel(path, forMembers, query, null, Kinds(query, null), [], errors, null);
        }

        var request = new SearchRequest
        {
            Text = query.Text,
            Kinds = query.Kind is { } kind ? [kind.Kind] : [],
            Sort = query.Sort,
            Page = query.Page,
            PageSize = SearchQuery.PageSize,
            Reader = reader,
        };

        SearchResults results;
        if (query.Audience is null)
        {
            results = await searcher.SearchAsync(SearchIndexNames.External, request, cancellationToken);
        }
        else
        {
            // The address names an audience by its slug; the engine filters by the audience's words. The audiences the text
            // finds (counted whatever the audience asked for) give the words; one the text does not find has no results.
            var all = await searcher.SearchAsync(SearchIndexNames.External, request with { Page = 1, PageSize = 1 }, cancellationToken);
            var label = all.AudienceCounts.Keys.FirstOrDefault(a => UrlSegments.FromName(a) == query.Audience);
            results = label is null
                ? all with { Total = 0, Hits = [], Page = query.Page, PageSize = SearchQuery.PageSize, KindCounts = new Dictionary<SearchKind, int>() }
                : await searcher.SearchAsync(SearchIndexNames.External, request with { Audience = label }, cancellationToken);
        }

        var totalPages = Math.Min(SearchQuery.MaxPage, (results.Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize);
        if (query.Page > 1 && query.Page > totalPages)
        {
            errors.Add(new("results", totalPages <= 1 ? "There is only one page of results" : $"There are only {totalPages} pages of results"));
            return new SearchPageModel(path, forMembers, query, null, Kinds(query, null), [], errors, null);
        }

        var pagination = SearchPagination.For(query.Page, totalPages, n => query.Url(path, page: n));
        return new SearchPageModel(path, forMembers, query, results, Kinds(query, results), Audiences(query, results), errors, pagination);
    }

    /// <summary>"All" then the public site's four kinds, each with its count (the counts ignore the kind chosen).</summary>
    private static List<SearchFilterOption> Kinds(SearchQuery query, SearchResults? results)
    {
        var options = new List<SearchFilterOption>
        {
            new("", "All", results?.KindCounts.Where(k => SearchKindOption.All.Any(o => o.Kind == k.Key)).Sum(k => k.Value) ?? 0, query.Kind is null),
        };
        options.AddRange(SearchKindOption.All.Select(k =>
            new SearchFilterOption(k.Slug, k.Label, results?.KindCounts.GetValueOrDefault(k.Kind) ?? 0, query.Kind == k)));
        return options;
    }

    /// <summary>The audiences the text finds, by name, each once whatever its case, with their counts.</summary>
    private static List<SearchFilterOption> Audiences(SearchQuery query, SearchResults results) =>
        results.AudienceCounts
            .GroupBy(a => UrlSegments.FromName(a.Key))
            .Select(g => new SearchFilterOption(g.Key, g.First().Key, g.Sum(a => a.Value), g.Key == query.Audience))
            .OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
