namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>GOV.UK's pagination for a results list: previous and next, the first and last pages, and those around this one.</summary>
public sealed record SearchPagination(string? PreviousUrl, string? NextUrl, IReadOnlyList<SearchPageLink> Items)
{
    public static SearchPagination? For(int page, int totalPages, Func<int, string> url)
    {
        if (totalPages <= 1)
        {
            return null;
        }

        var items = new List<SearchPageLink>();
        var shown = Enumerable.Range(1, totalPages).Where(n => n == 1 || n == totalPages || Math.Abs(n - page) <= 1).ToList();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous > 1)
            {
                items.Add(new SearchPageLink(null, null, false));
            }

            items.Add(new SearchPageLink(n, url(n), n == page));
            previous = n;
        }

        return new SearchPagination(page > 1 ? url(page - 1) : null, page < totalPages ? url(page + 1) : null, items);
    }
}
