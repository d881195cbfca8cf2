namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>One group's results on the results page.</summary>
public sealed record BackOfficeSearchGroupView(string Key, string Title, BackOfficeSearchGroupResult Result);

/// <summary>
/// The back office's results page: every group the user may see with its first few results, or one group
/// (<see cref="Section"/>) a page at a time.
/// </summary>
public sealed record BackOfficeSearchPage(string Text, string? Section, int Page, int PageSize, IReadOnlyList<BackOfficeSearchGroupView> Groups)
{
    public int Pages => Section is null || Groups.Count == 0 ? 1 : Math.Max(1, (Groups[0].Result.Total + PageSize - 1) / PageSize);

    public string Link(string? section, int page = 1) =>
        "/umbraco/search?q=" + Uri.EscapeDataString(Text) + (section is null ? "" : "&section=" + section) + (page > 1 ? $"&page={page}" : "");
}
