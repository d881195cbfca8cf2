namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A level's list items, as the tree draws them in a screen or sends them to its script.</summary>
public sealed record ContentTreeFragment(ContentTreeBranch Branch, Guid? Current, ContentTreeModel? Tree = null);
