using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// One level of the tree, one page of it at a time: the level's chain of parents (empty at the top level),
/// whether the top level itself is a destination, and this page of its children.
/// </summary>
public sealed record ContentDestinationLevel(
    IReadOnlyList<ContentNode> Breadcrumbs, bool CanPutAtRoot, IReadOnlyList<ContentDestinationRow> Rows, int Total, int Page, int Pages)
{
    public ContentNode? Parent => Breadcrumbs.Count == 0 ? null : Breadcrumbs[^1];
}
