using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>A random table's truth and the raw term built from it (rows the upload left out are in the truth only).</summary>
internal sealed record SuppressionTruth(IReadOnlyList<SuppressionTruthRow> Rows, BoardTermFigures Term, SuppressionRules Rules)
{
    public SuppressionTruthRow Row(string measure, string group) => Rows.Single(r => r.Measure == measure && r.Group == group);
}
