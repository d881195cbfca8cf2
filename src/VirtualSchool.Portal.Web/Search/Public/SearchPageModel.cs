using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// <c>/search</c> and <c>/members/search</c> (<c>Views/Search/Index.cshtml</c>): the search asked, its results (null when
/// nothing was searched: no text, or the address had errors), and the filters with their counts.
/// </summary>
public sealed record SearchPageModel(
    string Path,
    bool ForMembers,
    SearchQuery Query,
    SearchResults? Results,
    IReadOnlyList<SearchFilterOption> Kinds,
    IReadOnlyList<SearchFilterOption> Audiences,
    IReadOnlyList<FormError> Errors,
    SearchPagination? Pagination)
{
    public string Heading => ForMembers ? "Search the members area" : "Search";

    /// <summary>The page's title: the words searched for, and "Error: " first when the address had errors.</summary>
    public string Title =>
        (Errors.Count > 0 ? "Error: " : "") + (Query.HasText ? $"{Heading}: {Query.Text}" : Heading);
}
