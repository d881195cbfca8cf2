using System.Globalization;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The pages to put in order: below <see cref="Parent"/>, or at the top level when it is null. A level of at most
/// <see cref="ContentSortController.WholeListLimit"/> pages is shown (and posted) whole; a bigger one a page of
/// <see cref="ContentSectionController.PageSize"/> at a time, <see cref="Children"/> being that page.
/// </summary>
public sealed record ContentSortViewModel(ContentNode? Parent, IReadOnlyList<ContentNode> Children, int Total, int Page = 1, int Pages = 1)
{
    public string Path => Parent is null ? "/umbraco/content/sort" : $"/umbraco/content/{Parent.Key}/sort";

    /// <summary>Where one page's move (up, down or to a position) is posted on a paged level.</summary>
    public string MovePath => Path + "/move";

    public string Title => Parent is null ? "Sort the top-level pages" : $"Sort the pages below '{Parent.Name}'";

    /// <summary>Too many pages to post at once (the form would pass ASP.NET's 1,024-field limit), so one moves at a time.</summary>
    public bool Paged => Total > ContentSortController.WholeListLimit;

    /// <summary>The position (from 1) of the first page shown.</summary>
    public int FirstPosition => (Page - 1) * ContentSectionController.PageSize + 1;

    public string PageLink(int page) => page <= 1 ? Path : $"{Path}?page={page.ToString(CultureInfo.InvariantCulture)}";
}
