namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// One row of a term's figures after suppression: what any screen, chart, download or summary outside the data
/// officer's own back-office screens may use. A suppressed cell carries no value at all.
/// </summary>
public sealed record ShownFigure(BoardMeasure Measure, BoardGroup Group, ShownCell Count, ShownCell Cohort, ShownCell Value, decimal? National);
