namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// One row of a comparison: a property (or the name) by its label, its value in the older and the newer version as
/// its editor describes it (names of picked items, Yes or No, UK dates), and the words added and removed.
/// </summary>
public sealed record VersionDifference(string Alias, string Label, string? Old, string? New)
{
    public bool Changed => !string.Equals(Old ?? "", New ?? "", StringComparison.Ordinal);

    public IReadOnlyList<DiffPart> Parts => WordDiff.Compute(Old, New);
}
