using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>
/// Builds a random term from a list of draws (CsCheck shrinks the draws towards zero, so failures shrink towards
/// small, simple tables). Every measure of the catalogue, every group; the breakdowns add up to every child; small
/// numbers are frequent so that suppression has work to do; now and then a row is left out of the upload.
/// </summary>
internal sealed class SuppressionRandomTable(IReadOnlyList<int> draws)
{
    private int next;

    public static SuppressionTruth Build(IReadOnlyList<int> draws, SuppressionRules rules) => new SuppressionRandomTable(draws).Build(rules);

    private SuppressionTruth Build(SuppressionRules rules)
    {
        var rows = new List<SuppressionTruthRow>();
        foreach (var measure in BoardMeasures.All)
        {
            rows.AddRange(Measure(measure));
        }

        var figures = rows.Where(_ => Draw(12) != 0).Select(ToFigure).ToList();
        var term = new BoardTermFigures(Guid.NewGuid(), new BoardTermId(2025, SchoolTerm.Autumn), BoardTermStatus.Published, 1, null, false, null, figures);
        return new SuppressionTruth(rows, term, rules);
    }

    private IEnumerable<SuppressionTruthRow> Measure(BoardMeasure measure)
    {
        var hasCohort = measure.Kind is not (MeasureKind.Count or MeasureKind.Money) || Draw(1) == 1;
        var (girls, boys) = (Children(), Children());
        var cohorts = Split(girls, boys, Draw(girls + boys));
        var numerators = measure.Kind switch
        {
            MeasureKind.Percentage or MeasureKind.Count when hasCohort => Within(cohorts),
            MeasureKind.Count => Split(Children(), Children(), null),
            MeasureKind.Money => Split(Draw(4000), Draw(4000), null),
            _ => RateNumerators(cohorts),
        };

        for (var g = 0; g < BoardGroups.Known.Count; g++)
        {
            SuppressionFraction numerator = numerators[g], cohort = cohorts[g];
            var value = measure.Kind switch
            {
                MeasureKind.Percentage => cohort.IsZero ? 0 : numerator * 100 / cohort,
                MeasureKind.Rate or MeasureKind.Average => cohort.IsZero ? 0 : numerator / cohort,
                _ => numerator,
            };
            yield return new SuppressionTruthRow(measure.Code, BoardGroups.Known[g].Code, numerator, hasCohort ? cohort : null, value);
        }
    }

    /// <summary>Numerators no larger than their cohorts, adding up across both breakdowns.</summary>
    private SuppressionFraction[] Within(SuppressionFraction[] cohorts)
    {
        int Int(int g) => (int)cohorts[g].Numerator;
        int girls = Draw(Int(1)), boys = Draw(Int(2)), all = girls + boys;
        var low = Math.Max(0, all - Int(4));
        var inCounty = low + Draw(Math.Min(Int(3), all) - low);
        return [all, girls, boys, inCounty, all - inCounty];
    }

    /// <summary>Sessions or points: value × cohort per part, with the placement split taking what is left.</summary>
    private SuppressionFraction[] RateNumerators(SuppressionFraction[] cohorts)
    {
        SuppressionFraction Rate() => new(Draw(1000), 10);
        var girls = Rate() * cohorts[1];
        var boys = Rate() * cohorts[2];
        var all = girls + boys;
        var inCounty = cohorts[4].IsZero ? all : Rate() * cohorts[3];
        return [all, girls, boys, inCounty, all - inCounty];
    }

    /// <summary>[all, girls, boys, in-county, out-of-county] from the two sexes and how many of all are in the county.</summary>
    private SuppressionFraction[] Split(int girls, int boys, int? inCounty)
    {
        var all = girls + boys;
        var inside = inCounty ?? Draw(all);
        return [all, girls, boys, inside, all - inside];
    }

    private int Children() => Draw(2) == 0 ? Draw(6) : Draw(40);

    private int Draw(int max)
    {
        var draw = next < draws.Count ? draws[next++] : 0;
        return max <= 0 ? 0 : draw % (max + 1);
    }

    private static BoardFigure ToFigure(SuppressionTruthRow row)
    {
        var measure = BoardMeasures.Find(row.Measure)!;
        int? cohort = row.Cohort is { } c ? (int)c.Numerator : null;
        var value = measure.Kind == MeasureKind.Percentage ? row.Value.ToDecimal(1) : row.Value.ToDecimal(6);
        int? count = measure.Kind is MeasureKind.Count or MeasureKind.Percentage ? (int)row.Numerator.Numerator : null;
        return new BoardFigure(row.Measure, row.Group, count, cohort, value, null);
    }
}
