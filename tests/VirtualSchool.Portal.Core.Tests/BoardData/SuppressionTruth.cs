using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>
/// One row's true figures, exactly: the additive numerator (count; the count behind a percentage; value × cohort of a
/// rate or average; pounds), the cohort (null where the table has none) and the headline value.
/// </summary>
internal sealed record SuppressionTruthRow(string Measure, string Group, SuppressionFraction Numerator, SuppressionFraction? Cohort, SuppressionFraction Value);

/// <summary>A random table's truth and the raw term built from it (rows the upload left out are in the truth only).</summary>
internal sealed record SuppressionTruth(IReadOnlyList<SuppressionTruthRow> Rows, BoardTermFigures Term, SuppressionRules Rules)
{
    public SuppressionTruthRow Row(string measure, string group) => Rows.Single(r => r.Measure == measure && r.Group == group);
}
