namespace VirtualSchool.Portal.Core.BoardData.Suppression;

/// <summary>
/// One raw row while it is being suppressed: which of its cells are withheld, and why. A row has two additive
/// quantities that secondary suppression guards across a breakdown (every child = the sum of the parts): its
/// <see cref="Numerator"/> (the children counted, the count behind a percentage, the sessions or points behind a rate
/// or average (value × cohort), the pounds) and its <see cref="Cohort"/>.
/// </summary>
internal sealed class SuppressionRow(BoardMeasure measure, BoardGroup group, BoardFigure figure)
{
    public BoardMeasure Measure { get; } = measure;

    public BoardGroup Group { get; } = group;

    public BoardFigure Figure { get; } = figure;

    public SuppressionReason CountReason { get; private set; }

    public SuppressionReason CohortReason { get; private set; }

    public SuppressionReason ValueReason { get; private set; }

    /// <summary>The count column means something only for counts and percentages; other kinds never show it.</summary>
    public bool HasCountColumn => Measure.Kind is MeasureKind.Count or MeasureKind.Percentage;

    /// <summary>The children counted, for the small-count rule: the count, or a Count's headline value when the count is missing.</summary>
    public int? Count => Measure.Kind == MeasureKind.Count ? Figure.Count ?? ToCount(Figure.Value) : Figure.Count;

    /// <summary>The additive quantity behind the row (see the type's summary), or null when it is not known.</summary>
    public decimal? Numerator => Measure.Kind switch
    {
        MeasureKind.Count or MeasureKind.Percentage => Count,
        MeasureKind.Rate or MeasureKind.Average => Figure.Cohort * Figure.Value,
        _ => Figure.Value,
    };

    public int? Cohort => Figure.Cohort;

    /// <summary>
    /// A shown cohort of no children pins the numerator of a percentage, rate or average at zero, whatever is
    /// withheld beside it: it is known, and withholding it would hide nothing.
    /// </summary>
    public bool NumeratorPinnedAtZero => Measure.Kind is MeasureKind.Percentage or MeasureKind.Rate or MeasureKind.Average
        && Cohort == 0 && CohortReason == SuppressionReason.None;

    /// <summary>A reader cannot know the numerator: withheld, missing, or (rates and averages) its cohort is withheld.</summary>
    public bool NumeratorHidden => !NumeratorPinnedAtZero && (Numerator is null || Measure.Kind switch
    {
        MeasureKind.Count or MeasureKind.Percentage => CountReason != SuppressionReason.None,
        MeasureKind.Rate or MeasureKind.Average => ValueReason != SuppressionReason.None || CohortHidden,
        _ => ValueReason != SuppressionReason.None,
    });

    public bool CohortHidden => Cohort is null || CohortReason != SuppressionReason.None;

    /// <summary>Withholds the headline value alone (a percentage of no children: its count, 0, stays).</summary>
    public bool HideValue(SuppressionReason reason)
    {
        var changed = ValueReason == SuppressionReason.None;
        ValueReason = First(ValueReason, reason);
        return changed;
    }

    /// <summary>Withholds the numerator: the value and (counts, percentages) the count beside it. The first reason stays.</summary>
    public bool HideNumerator(SuppressionReason reason)
    {
        var changed = ValueReason == SuppressionReason.None;
        ValueReason = First(ValueReason, reason);
        if (HasCountColumn)
        {
            changed |= CountReason == SuppressionReason.None;
            CountReason = First(CountReason, reason);
        }

        return changed;
    }

    /// <summary>
    /// Withholds the cohort. A percentage, rate, average or sum of money of a withheld cohort goes with it: shown
    /// beside the other groups' figures it would let the cohort be solved for (a weighted average's parts).
    /// </summary>
    public bool HideCohort(SuppressionReason reason)
    {
        var changed = CohortReason == SuppressionReason.None;
        CohortReason = First(CohortReason, reason);
        if (Measure.Kind != MeasureKind.Count)
        {
            changed |= HideNumerator(reason);
        }

        return changed;
    }

    /// <summary>
    /// The row as a Board member may see it. Each withheld cell's reason is worked out from what is shown only: a
    /// reason that told a withheld cell withheld for itself (1 to 5) from one withheld beside it (0, or 6 and more)
    /// would narrow it down, and beside a total often pin it (all 7 = girls c + boys c, boys "not small": boys 6, girls 1).
    /// So a figure of a shown cohort under the minimum says <see cref="SuppressionReason.SmallCohort"/> (anyone can
    /// see why), and every other withheld cell says <see cref="SuppressionReason.SmallCount"/> ("a count of 1 to 5, or
    /// a figure one could be worked out from"), whether it was withheld for itself or for another cell.
    /// </summary>
    public ShownFigure ToShown(SuppressionRules rules)
    {
        var smallShownCohort = Measure.Kind is MeasureKind.Percentage or MeasureKind.Rate or MeasureKind.Average
            && CohortReason == SuppressionReason.None && Cohort < rules.MinimumCohort;
        var ratio = smallShownCohort ? SuppressionReason.SmallCohort : SuppressionReason.SmallCount;
        return new ShownFigure(
            Measure,
            Group,
            HasCountColumn ? Cell(Figure.Count, CountReason, ratio) : ShownCell.Shown(null),
            Cell(Figure.Cohort, CohortReason, SuppressionReason.SmallCount),
            Cell(Figure.Value, ValueReason, ratio),
            Figure.National);
    }

    private static ShownCell Cell(decimal? value, SuppressionReason reason, SuppressionReason shownReason) =>
        reason == SuppressionReason.None ? ShownCell.Shown(value) : ShownCell.Suppressed(shownReason);

    private static SuppressionReason First(SuppressionReason current, SuppressionReason reason) =>
        current == SuppressionReason.None ? reason : current;

    private static int? ToCount(decimal value) =>
        value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;
}
