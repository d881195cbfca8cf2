using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>One measure on the dashboard: its trend chart and table, and its groups' chart and table.</summary>
public sealed record BoardMeasureSection(BoardDashboardTerm Dashboard, BoardMeasure Measure)
{
    public IReadOnlyList<ShownFigure> Rows => Dashboard.Rows(Measure);

    public IReadOnlyList<(BoardTermId Term, ShownFigure? Figure)> Trend => Dashboard.Trend(Measure);

    /// <summary>A percentage shows the children counted as well as the cohort; a count is its own figure.</summary>
    public bool ShowsCount => Measure.Kind == MeasureKind.Percentage;

    public bool ShowsCohort => Measure.Kind != MeasureKind.Count || Rows.Any(r => r.Cohort.IsSuppressed || r.Cohort.Value is not null);
}
