using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A page in the content tree: its state, how many pages are below it, and those pages when its branch is open.</summary>
public sealed record ContentTreeItem(ContentNode Node, string State, int ChildCount, ContentTreeBranch? Children)
{
    public bool IsOpen => Children is not null;
}
