namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>
/// One row's true figures, exactly: the additive numerator (count; the count behind a percentage; value × cohort of a
/// rate or average; pounds), the cohort (null where the table has none) and the headline value.
/// </summary>
internal sealed record SuppressionTruthRow(string Measure, string Group, SuppressionFraction Numerator, SuppressionFraction? Cohort, SuppressionFraction Value);
