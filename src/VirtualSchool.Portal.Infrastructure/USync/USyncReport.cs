namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>Everything an import did, item by item.</summary>
public sealed record USyncReport(string Folder, IReadOnlyList<USyncItemResult> Items, TimeSpan Duration)
{
    public int Count(USyncChange change) => Items.Count(i => i.Change == change);

    public IEnumerable<USyncItemResult> Failures => Items.Where(i => i.Change == USyncChange.Failed);

    public override string ToString() =>
        $"{Count(USyncChange.Created)} created, {Count(USyncChange.Updated)} updated, {Count(USyncChange.Unchanged)} unchanged, " +
        $"{Count(USyncChange.Deleted)} deleted, {Count(USyncChange.Ignored)} ignored, {Count(USyncChange.Failed)} failed";
}
