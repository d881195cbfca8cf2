namespace VirtualSchool.Portal.Core.BoardData.Changes;

/// <summary>
/// Whether a move between two shown figures is worth a line of the summary, by kind: 2 percentage points for a
/// percentage of children (small cohorts swing), half a point for a rate such as attendance (whose national figure
/// moves by tenths), a point of Attainment 8, 3 children and a tenth for a count, a twentieth of the money.
/// </summary>
internal static class BoardChangeThreshold
{
    public static bool Matters(MeasureKind kind, decimal previous, decimal current)
    {
        var change = Math.Abs(current - previous);
        return kind switch
        {
            MeasureKind.Percentage => change >= 2m,
            MeasureKind.Rate => change >= 0.5m,
            MeasureKind.Average => change >= 1m,
            MeasureKind.Money => change > 0m && change >= Math.Abs(previous) / 20m,
            _ => change >= 3m && change >= Math.Abs(previous) / 10m,
        };
    }
}
