namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>One open level of the content tree: a page of a node's children (or of the top level), and how many there are.</summary>
public sealed record ContentTreeBranch(Guid? ParentKey, string? ParentName, IReadOnlyList<ContentTreeItem> Items, int Total, int Page, int Pages)
{
    public bool HasMore => Page < Pages;

    /// <summary>How many of the level's pages are shown so far (the extra branch of the current page not counted).</summary>
    public int Shown => Math.Min(Total, Page * ContentTree.PageSize);
}
