namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>One group's page of results.</summary>
/// <param name="Total">Every match in the group, not only this page.</param>
/// <param name="Complete">False while the group's index is being built: some matches may be missing.</param>
public sealed record BackOfficeSearchGroupResult(int Total, IReadOnlyList<BackOfficeSearchItem> Items, bool Complete = true)
{
    public static BackOfficeSearchGroupResult None { get; } = new(0, []);
}
