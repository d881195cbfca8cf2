using CsCheck;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>Random whole terms, every measure and group, with random thresholds: what is shown never gives a withheld cell away.</summary>
[Trait("Category", "Unit")]
public sealed class SuppressionPropertyTests
{
    private static readonly Gen<(int[] Draws, int MaximumSmallCount, int MinimumCohort)> Tables =
        Gen.Select(Gen.Int[0, 1_000_000].Array[600], Gen.Int[1, 7], Gen.Int[1, 15]);

    [Fact]
    public void No_withheld_figure_can_be_worked_out_from_the_shown_figures_of_a_random_term() =>
        Tables.Sample(
            (draws, small, cohort) =>
            {
                var truth = SuppressionRandomTable.Build(draws, new SuppressionRules(small, cohort));
                var shown = BoardSuppression.Apply(truth.Term, truth.Rules);
                Assert.Empty(SuppressionDisclosureCheck.Derivable(truth, shown));
            },
            iter: 1000,
            threads: 1);

    [Fact]
    public void No_small_count_and_no_rate_of_a_small_cohort_is_ever_shown_and_no_reason_says_more_than_the_shown_cells() =>
        Tables.Sample(
            (draws, small, cohort) =>
            {
                var rules = new SuppressionRules(small, cohort);
                var truth = SuppressionRandomTable.Build(draws, rules);
                foreach (var figure in BoardSuppression.Apply(truth.Term, rules).Figures)
                {
                    Assert.False(figure.Count.Value is >= 1 && figure.Count.Value <= small, $"{figure.Measure.Code}/{figure.Group.Code} count");
                    Assert.False(figure.Cohort.Value is >= 1 && figure.Cohort.Value <= small, $"{figure.Measure.Code}/{figure.Group.Code} cohort");
                    if (figure.Measure.Kind == MeasureKind.Count)
                    {
                        Assert.False(figure.Value.Value is >= 1 && figure.Value.Value <= small, $"{figure.Measure.Code}/{figure.Group.Code} value");
                    }
                    else if (figure.Measure.Kind != MeasureKind.Money && !figure.Value.IsSuppressed)
                    {
                        Assert.True(figure.Cohort.Value >= cohort, $"{figure.Measure.Code}/{figure.Group.Code}: a rate of fewer than {cohort}");
                    }

                    AssertReasonsFollowFromWhatIsShown(figure, cohort);
                }
            },
            iter: 1000,
            threads: 1);

    /// <summary>A withheld cell's reason must be something a reader could tell from the shown cells, or it narrows the cell down.</summary>
    private static void AssertReasonsFollowFromWhatIsShown(ShownFigure figure, int minimumCohort)
    {
        var smallShownCohort = figure.Measure.Kind is MeasureKind.Percentage or MeasureKind.Rate or MeasureKind.Average
            && !figure.Cohort.IsSuppressed && figure.Cohort.Value < minimumCohort;
        var expected = smallShownCohort ? SuppressionReason.SmallCohort : SuppressionReason.SmallCount;
        foreach (var cell in new[] { figure.Count, figure.Value })
        {
            Assert.True(!cell.IsSuppressed || cell.Reason == expected, $"{figure.Measure.Code}/{figure.Group.Code}: {cell.Reason}");
        }

        Assert.True(!figure.Cohort.IsSuppressed || figure.Cohort.Reason == SuppressionReason.SmallCount);
    }

    [Fact]
    public void The_disclosure_check_itself_finds_a_small_count_given_away_by_its_total()
    {
        // Guards the guard: with no secondary suppression, subtraction from the total gives the small count back.
        var truth = SuppressionRandomTable.Build([], SuppressionRules.Default);
        var suspensions = BoardMeasures.Find("suspensions")!;
        var figures = BoardGroups.Known.Select(g => new ShownFigure(
            suspensions,
            g,
            g.Code == "girls" ? ShownCell.Suppressed(SuppressionReason.SmallCount) : ShownCell.Shown(0),
            ShownCell.Shown(null),
            g.Code == "girls" ? ShownCell.Suppressed(SuppressionReason.SmallCount) : ShownCell.Shown(0),
            null)).ToList();
        var shown = new SuppressedTerm(Guid.NewGuid(), truth.Term.Term, 1, null, false, null, figures);

        Assert.Equal(["suspensions/girls/count", "suspensions/girls/value"], SuppressionDisclosureCheck.Derivable(truth, shown));
    }
}
