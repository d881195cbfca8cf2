using CsCheck;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

[Trait("Category", "Unit")]
public sealed class ChangesTests
{
    private static readonly BoardGroup All = BoardGroups.Find(BoardGroups.All)!;

    private static ShownFigure Shown(string measure, decimal value, decimal? national = null) =>
        new(BoardMeasures.Find(measure)!, All, ShownCell.Shown(null), ShownCell.Shown(40), ShownCell.Shown(value), national);

    private static ShownFigure Withheld(string measure, decimal? national = null) =>
        new(BoardMeasures.Find(measure)!, All, ShownCell.Suppressed(SuppressionReason.SmallCount), ShownCell.Shown(40), ShownCell.Suppressed(SuppressionReason.SmallCount), national);

    private static SuppressedTerm Term(SchoolTerm term, params ShownFigure[] figures) =>
        new(Guid.NewGuid(), new BoardTermId(2025, term), 1, null, false, null, figures);

    private static IReadOnlyList<string> Sentences(ShownFigure[] before, ShownFigure[] now) =>
        BoardTermChanges.Sentences(Term(SchoolTerm.Autumn, before), Term(SchoolTerm.Spring, now));

    [Fact]
    public void A_rise_in_attendance_is_said_plainly_with_the_national_figure() =>
        Assert.Equal(
            ["Attendance rose from 91.2% to 92.0%, an improvement; the national figure is 90.1%."],
            Sentences([Shown("attendance", 91.2m, 89.9m)], [Shown("attendance", 92.0m, 90.1m)]));

    [Fact]
    public void A_fall_where_lower_is_better_is_an_improvement_and_a_rise_is_not() =>
        Assert.Equal(
            ["Persistent absence fell from 24.0% to 20.5%, an improvement; the national figure is 28.1%.",
             "Pupils with one or more suspensions rose from 12 to 17, a change for the worse."],
            Sentences(
                [Shown("persistent-absence", 24m), Shown("suspensions", 12m)],
                [Shown("persistent-absence", 20.5m, 28.1m), Shown("suspensions", 17m)]));

    [Fact]
    public void Changes_too_small_to_matter_are_left_out()
    {
        var before = new[] { Shown("attendance", 91.2m), Shown("ks2-reading", 60m), Shown("ks4-attainment8", 40m), Shown("cohort", 100m), Shown("ppplus-spent", 100_000m) };
        var now = new[] { Shown("attendance", 91.6m), Shown("ks2-reading", 61.9m), Shown("ks4-attainment8", 40.9m), Shown("cohort", 109m), Shown("ppplus-spent", 104_000m) };

        Assert.Empty(Sentences(before, now));
    }

    [Fact]
    public void Scores_children_and_pounds_are_written_as_such_and_a_measure_with_no_better_direction_is_not_judged() =>
        Assert.Equal(
            ["Children looked after of school age rose from 100 to 120.",
             "Children with an education, health and care plan rose from 30.0% to 35.0%; the national figure is 28.0%.",
             "Key Stage 4: Attainment 8 (average score) fell from 21.5 to 19.0, a change for the worse; the national figure is 19.4.",
             "Pupil Premium Plus spent rose from £100,000 to £125,500."],
            Sentences(
                [Shown("ppplus-spent", 100_000m), Shown("ks4-attainment8", 21.5m), Shown("ehc-plan", 30m), Shown("cohort", 100m)],
                [Shown("ppplus-spent", 125_500m), Shown("ks4-attainment8", 19m, 19.4m), Shown("ehc-plan", 35m, 28m), Shown("cohort", 120m)]));

    [Fact]
    public void A_change_to_or_from_c_is_not_comparable_and_gives_no_figure()
    {
        var changes = BoardTermChanges.Between(
            Term(SchoolTerm.Autumn, Withheld("persistent-absence"), Shown("attendance", 91m)),
            Term(SchoolTerm.Spring, Shown("persistent-absence", 10m, 28.1m), Withheld("attendance", 90.1m)));

        Assert.Equal(
            ["Attendance is not comparable with last term, as one of the two figures is withheld (c) so that no child can be identified.",
             "Persistent absence is not comparable with last term, as one of the two figures is withheld (c) so that no child can be identified."],
            changes.Select(c => c.Sentence));
        Assert.All(changes, c => Assert.Equal(BoardTermChangeKind.NotComparable, c.Kind));
        Assert.All(changes, c => Assert.Null(c.Improved));
    }

    [Fact]
    public void Withheld_in_both_terms_or_missing_from_either_says_nothing() =>
        Assert.Empty(Sentences([Withheld("attendance"), Shown("neet", 10m)], [Withheld("attendance"), Shown("ks2-maths", 50m)]));

    [Fact]
    public void The_lines_follow_the_dashboard_themes_whatever_order_the_figures_come_in()
    {
        var changes = BoardTermChanges.Between(
            Term(SchoolTerm.Autumn, Shown("neet", 30m), Shown("pep-on-time", 70m), Shown("attendance", 90m), Shown("ks2-maths", 50m), Shown("cohort", 50m)),
            Term(SchoolTerm.Spring, Shown("cohort", 60m), Shown("ks2-maths", 60m), Shown("attendance", 92m), Shown("pep-on-time", 80m), Shown("neet", 20m)));

        Assert.Equal(
            ["The children", "Attainment", "Attendance and exclusions", "Personal Education Plans", "Post-16"],
            changes.Select(c => c.Measure.Theme));
    }

    [Fact]
    public void The_summary_of_two_random_suppressed_terms_uses_only_what_is_shown() =>
        Gen.Select(Gen.Int[0, 1_000_000].Array[600], Gen.Int[0, 1_000_000].Array[600]).Sample(
            (first, second) =>
            {
                var before = BoardSuppression.Apply(SuppressionRandomTable.Build(first, SuppressionRules.Default).Term, SuppressionRules.Default);
                var now = BoardSuppression.Apply(SuppressionRandomTable.Build(second, SuppressionRules.Default).Term, SuppressionRules.Default);
                foreach (var change in BoardTermChanges.Between(before, now))
                {
                    var (was, is_) = (before.Find(change.Measure.Code)!.Value, now.Find(change.Measure.Code)!.Value);
                    if (was.IsSuppressed || is_.IsSuppressed)
                    {
                        Assert.Equal(BoardTermChangeKind.NotComparable, change.Kind);
                        Assert.DoesNotContain(change.Sentence.Replace(change.Measure.Name, string.Empty, StringComparison.Ordinal), char.IsDigit);
                    }
                    else
                    {
                        Assert.Equal((was.Value, is_.Value), (change.Previous, change.Current));
                    }
                }
            },
            iter: 300,
            threads: 1);
}
