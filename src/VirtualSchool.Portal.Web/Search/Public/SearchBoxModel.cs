namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// A search box (<c>Views/Search/_SearchBox.cshtml</c>): a GET form with no token, so a page that shows one stays in the
/// page cache. <paramref name="Error"/> is the text's error on the search page itself; <paramref name="Landmark"/> names the
/// form as a search landmark (the header's), which a page has once.
/// </summary>
public sealed record SearchBoxModel(
    string Id, string Label, string Action = "/search", string? Value = null, bool LabelVisible = true, string? Error = null, string? Landmark = null)
{
    /// <summary>The box on the "Page not found" pages.</summary>
    public static SearchBoxModel NotFound { get; } = new("search-not-found", "Search this website");
}
