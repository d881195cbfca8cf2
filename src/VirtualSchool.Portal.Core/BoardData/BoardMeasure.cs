namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// A figure the Board receives each term: its code in the upload template, its name as Board members read it, its
/// theme (the dashboard's sections), what kind of figure it is, and whether a national looked-after figure is
/// published to compare it with.
/// </summary>
public sealed record BoardMeasure(string Code, string Name, string Theme, MeasureKind Kind, bool HasNational, string Description)
{
    /// <summary>Higher is better (attainment, attendance) or lower is better (absence, exclusions); null: neither.</summary>
    public bool? HigherIsBetter { get; init; }
}
