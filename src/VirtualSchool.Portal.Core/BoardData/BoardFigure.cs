namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// One row of a term's figures as uploaded (never suppressed: this is what a data officer sees; Board members only
/// ever see it through <see cref="BoardSuppression"/>). <see cref="Value"/> is the headline figure, always set on import:
/// the count for a Count, the worked-out percentage for a Percentage, the file's value otherwise.
/// </summary>
/// <param name="Measure">A <see cref="BoardMeasure.Code"/>.</param>
/// <param name="Group">A <see cref="BoardGroup.Code"/>.</param>
/// <param name="Count">Children counted (Count, Percentage); null where the measure has none.</param>
/// <param name="Cohort">Children the figure is about (the denominator); null where not given.</param>
/// <param name="Value">The headline figure.</param>
/// <param name="National">The national figure for looked-after children, where published; never suppressed (it is public).</param>
public sealed record BoardFigure(string Measure, string Group, int? Count, int? Cohort, decimal Value, decimal? National);
