using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>
/// Worked examples in the manner of the GSS guidance on protecting confidentiality in tables: a small cell, the total
/// that would give it back by subtraction, the second cell withheld to stop that, and zeros shown.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SuppressionTests
{
    private const SuppressionReason None = SuppressionReason.None;
    private const SuppressionReason Small = SuppressionReason.SmallCount;
    private const SuppressionReason SmallCohort = SuppressionReason.SmallCohort;
    // Withheld for another cell's sake: said as a small count too, so the reason cannot tell the two apart (SuppressionRow.ToShown).
    private const SuppressionReason ForAnother = SuppressionReason.SmallCount;

    private static BoardTermFigures Term(params BoardFigure[] figures) =>
        new(Guid.NewGuid(), new BoardTermId(2025, SchoolTerm.Autumn), BoardTermStatus.Published, 2, "Commentary", true, DateTimeOffset.UnixEpoch, figures);

    private static BoardFigure Count(string measure, string group, int count, int? cohort = null) => new(measure, group, count, cohort, count, null);

    private static BoardFigure Percent(string measure, string group, int count, int cohort) =>
        new(measure, group, count, cohort, cohort == 0 ? 0 : Math.Round(100m * count / cohort, 1), 50m);

    private static BoardFigure Rate(string measure, string group, int cohort, decimal value) => new(measure, group, null, cohort, value, 90.1m);

    private static SuppressedTerm Apply(params BoardFigure[] figures) => BoardSuppression.Apply(Term(figures), SuppressionRules.Default);

    private static SuppressionReason[] Reasons(SuppressedTerm term, string measure, Func<ShownFigure, ShownCell> cell) =>
        BoardGroups.Known.Select(g => term.Find(measure, g.Code) is { } f ? cell(f).Reason : None).ToArray();

    [Fact]
    public void A_small_count_is_withheld_and_so_is_the_next_smallest_part_that_would_give_it_back_from_the_total()
    {
        // Suspensions: all 17 = girls 3 + boys 14; placement 11 + 6. Showing 17 and 14 would give the 3 back.
        var term = Apply(
            Count("suspensions", "all", 17), Count("suspensions", "girls", 3), Count("suspensions", "boys", 14),
            Count("suspensions", "in-county", 11), Count("suspensions", "out-of-county", 6));

        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "suspensions", f => f.Count));
        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "suspensions", f => f.Value));
        Assert.Equal(17m, term.Find("suspensions")!.Value.Value);
        Assert.Null(term.Find("suspensions", "girls")!.Value.Value);
        Assert.Null(term.Find("suspensions", "boys")!.Count.Value);
    }

    [Fact]
    public void The_reason_beside_c_does_not_tell_a_small_count_from_the_cell_withheld_to_protect_it()
    {
        // If boys said "withheld for another cell" (so not 1 to 5) beside girls' "1 to 5" and a total of 7, boys would be 6 and girls 1.
        var term = Apply(Count("suspensions", "all", 7), Count("suspensions", "girls", 1), Count("suspensions", "boys", 6));

        Assert.Equal(ShownCell.Suppressed(SuppressionReason.SmallCount), term.Find("suspensions", "girls")!.Value);
        Assert.Equal(ShownCell.Suppressed(SuppressionReason.SmallCount), term.Find("suspensions", "boys")!.Value);
        Assert.DoesNotContain(term.Figures, f => f.Count.Reason == SuppressionReason.Secondary || f.Value.Reason == SuppressionReason.Secondary || f.Cohort.Reason == SuppressionReason.Secondary);
    }

    [Fact]
    public void Zeros_are_shown_and_need_no_protection()
    {
        var term = Apply(
            Count("permanent-exclusions", "all", 0), Count("permanent-exclusions", "girls", 0), Count("permanent-exclusions", "boys", 0));

        Assert.All(term.Figures, f => Assert.Equal(ShownCell.Shown(0), f.Value));
    }

    [Fact]
    public void A_small_total_takes_its_small_parts_with_it_and_a_zero_part_stays()
    {
        var term = Apply(
            Count("permanent-exclusions", "all", 2), Count("permanent-exclusions", "girls", 2), Count("permanent-exclusions", "boys", 0),
            Count("permanent-exclusions", "in-county", 1), Count("permanent-exclusions", "out-of-county", 1));

        Assert.Equal([Small, Small, None, Small, Small], Reasons(term, "permanent-exclusions", f => f.Value));
        Assert.Equal(0m, term.Find("permanent-exclusions", "boys")!.Value.Value);
    }

    [Fact]
    public void A_percentage_of_fewer_than_ten_children_is_withheld_with_its_count_and_the_cohort_stays()
    {
        // 7 of 8 at the expected standard: the count 7 is not small, but with the cohort it would give 87.5% back.
        var term = Apply(Percent("ks2-reading", "all", 7, 8));
        var all = term.Find("ks2-reading")!;

        Assert.Equal(ShownCell.Suppressed(SmallCohort), all.Value);
        Assert.Equal(ShownCell.Suppressed(SmallCohort), all.Count);
        Assert.Equal(ShownCell.Shown(8), all.Cohort);
        Assert.Equal(50m, all.National);
    }

    [Fact]
    public void A_percentage_whose_count_is_small_is_withheld_because_rate_times_cohort_gives_the_count()
    {
        var term = Apply(Percent("persistent-absence", "all", 4, 30));

        Assert.Equal(ShownCell.Suppressed(Small), term.Find("persistent-absence")!.Value);
        Assert.Equal(ShownCell.Suppressed(Small), term.Find("persistent-absence")!.Count);
        Assert.Equal(ShownCell.Shown(30), term.Find("persistent-absence")!.Cohort);
    }

    [Fact]
    public void A_small_cohort_is_withheld_with_everything_worked_out_from_it_and_its_partner_follows()
    {
        // KS4: 3 girls (cohort withheld, and so their percentage), so the boys' cohort goes too; the boys' percentage then goes with it.
        var term = Apply(
            Percent("ks4-english-maths-4", "all", 9, 24), Percent("ks4-english-maths-4", "girls", 1, 3), Percent("ks4-english-maths-4", "boys", 8, 21));

        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "ks4-english-maths-4", f => f.Cohort));
        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "ks4-english-maths-4", f => f.Value));
        Assert.Equal(ShownCell.Shown(24), term.Find("ks4-english-maths-4")!.Cohort);
    }

    [Fact]
    public void An_attendance_rate_of_a_small_group_is_not_given_away_by_the_weighted_average_of_the_others()
    {
        // all 43 children at 92.0% = (35 × girls + 8 × boys) / 43: with every cohort shown, the girls' rate would give the boys' back.
        var term = Apply(Rate("attendance", "all", 43, 92.0m), Rate("attendance", "girls", 35, 91.0m), Rate("attendance", "boys", 8, 96.375m));

        Assert.Equal([None, ForAnother, SmallCohort, None, None], Reasons(term, "attendance", f => f.Value));
        Assert.Equal([None, None, None, None, None], Reasons(term, "attendance", f => f.Cohort));
        Assert.Equal(90.1m, term.Find("attendance", "boys")!.National);
    }

    [Fact]
    public void Each_breakdown_of_the_same_total_is_guarded_on_its_own()
    {
        var term = Apply(
            Count("cohort", "all", 40), Count("cohort", "girls", 3), Count("cohort", "boys", 37),
            Count("cohort", "in-county", 38), Count("cohort", "out-of-county", 2));

        Assert.Equal([None, Small, ForAnother, ForAnother, Small], Reasons(term, "cohort", f => f.Count));
    }

    [Fact]
    public void A_count_and_the_cohort_beside_it_are_guarded_separately()
    {
        var term = Apply(
            Count("suspensions", "all", 12, 40), Count("suspensions", "girls", 3, 4), Count("suspensions", "boys", 9, 36),
            Count("suspensions", "in-county", 12, 30), Count("suspensions", "out-of-county", 0, 10));

        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "suspensions", f => f.Cohort));
        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "suspensions", f => f.Count));
    }

    [Fact]
    public void Pounds_for_a_withheld_cohort_are_withheld_and_pounds_without_a_cohort_are_shown()
    {
        var term = Apply(
            new BoardFigure("ppplus-spent", "all", null, 45, 120_000m, null),
            new BoardFigure("ppplus-spent", "girls", null, 4, 10_000m, null),
            new BoardFigure("ppplus-spent", "boys", null, 41, 110_000m, null),
            new BoardFigure("ppplus-allocated", "all", null, null, 150_000m, null));

        Assert.Equal([None, Small, ForAnother, None, None], Reasons(term, "ppplus-spent", f => f.Value));
        Assert.Equal(ShownCell.Shown(150_000m), term.Find("ppplus-allocated")!.Value);
        Assert.Equal(ShownCell.Shown(null), term.Find("ppplus-allocated")!.Count);
    }

    [Fact]
    public void The_thresholds_come_from_the_rules()
    {
        var figures = Term(Count("suspensions", "all", 3), Percent("ks2-maths", "all", 6, 7));

        var strict = BoardSuppression.Apply(figures, SuppressionRules.Default);
        var loose = BoardSuppression.Apply(figures, new SuppressionRules(MaximumSmallCount: 2, MinimumCohort: 5));

        Assert.True(strict.Find("suspensions")!.Value.IsSuppressed);
        Assert.True(strict.Find("ks2-maths")!.Value.IsSuppressed);
        Assert.Equal(ShownCell.Shown(3), loose.Find("suspensions")!.Value);
        Assert.Equal(ShownCell.Shown(85.7m), loose.Find("ks2-maths")!.Value);
    }

    [Fact]
    public void Rows_come_out_in_the_catalogue_order_with_the_term_details_and_unknown_rows_are_dropped()
    {
        var raw = Term(Count("suspensions", "boys", 20), new BoardFigure("made-up", "all", 9, null, 9, null),
            Count("suspensions", "all", 40), Count("cohort", "all", 60), Count("cohort", "martians", 60));

        var term = BoardSuppression.Apply(raw, SuppressionRules.Default);

        Assert.Equal(["cohort/all", "suspensions/all", "suspensions/boys"], term.Figures.Select(f => $"{f.Measure.Code}/{f.Group.Code}"));
        Assert.Equal((raw.Key, raw.Term, raw.Version, raw.Commentary, raw.IsExample, raw.PublishedUtc), (term.Key, term.Term, term.Version, term.Commentary, term.IsExample, term.PublishedUtc));
    }

    [Fact]
    public void A_percentage_of_no_children_shows_its_count_of_zero_but_no_percentage()
    {
        var term = Apply(Percent("neet", "all", 0, 0));

        Assert.Equal(ShownCell.Shown(0), term.Find("neet")!.Count);
        Assert.Equal(ShownCell.Suppressed(SmallCohort), term.Find("neet")!.Value);
    }
}
