namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>One row of a comparison: a property (or the name) in the older and the newer version.</summary>
public sealed record VersionDifference(string Label, string? Old, string? New)
{
    public bool Changed => !string.Equals(Old ?? "", New ?? "", StringComparison.Ordinal);
}
