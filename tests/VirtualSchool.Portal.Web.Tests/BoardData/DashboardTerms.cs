using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>
/// Three published terms and a draft, with figures that must be withheld: out-of-county children are 3 (a small count,
/// so in-county must go too, or 40 - 37 gives it away), Key Stage 2 reading is 7 of 9 children (77.8%, a cohort under
/// 10), and 2 permanent exclusions; the draft's attendance is 99.9. Distinctive raw values (<see cref="RawValues"/>) must appear nowhere a member sees.
/// </summary>
public static class DashboardTerms
{
    public static readonly BoardTermId Autumn = new(2025, SchoolTerm.Autumn);
    public static readonly BoardTermId Summer = new(2024, SchoolTerm.Summer);
    public static readonly BoardTermId Spring = new(2024, SchoolTerm.Spring);
    public static readonly BoardTermId DraftSpring = new(2025, SchoolTerm.Spring);

    public const string Commentary = "Attendance improved after the autumn half term.\n\nThe Board asked for a breakdown by placement.";

    /// <summary>Raw figures that suppression withholds, written as a page or a file would show them.</summary>
    public static readonly string[] RawValues = ["77.8", "4444", "99.9"];

    public static readonly IReadOnlyList<BoardTermFigures> All =
    [
        Term(Spring, 1, 38, 89.5m, 88.0m, 1),
        Term(Summer, 1, 39, 90.4m, 88.6m, 2),
        Term(Autumn, 2, 40, 91.2m, 90.1m, 3, example: true) with { Commentary = Commentary },
        Term(DraftSpring, 1, 41, 99.9m, 90.0m, 4) with { Status = BoardTermStatus.Draft, PublishedUtc = null },
    ];

    private static BoardTermFigures Term(BoardTermId id, int version, int children, decimal attendance, decimal national, int seed, bool example = false) =>
        new(Guid.NewGuid(), id, BoardTermStatus.Published, version, null, example, new DateTimeOffset(2026, 1, seed, 10, 0, 0, TimeSpan.Zero),
        [
            new(BoardMeasures.Cohort, BoardGroups.All, children, null, children, null),
            new(BoardMeasures.Cohort, "girls", children - 18, null, children - 18, null),
            new(BoardMeasures.Cohort, "boys", 18, null, 18, null),
            new(BoardMeasures.Cohort, "in-county", children - 3, null, children - 3, null),
            new(BoardMeasures.Cohort, "out-of-county", 3, null, 3, null),
            new("attendance", BoardGroups.All, null, children, attendance, national),
            new("attendance", "girls", null, children - 18, attendance + 1, null),
            new("attendance", "boys", null, 18, attendance - 1, null),
            new("ks2-reading", BoardGroups.All, 7, 9, 77.8m, 74.0m),
            new("permanent-exclusions", BoardGroups.All, 2, null, 2, null),
            new("ppplus-allocated", BoardGroups.All, null, children, 4444m + seed * 1000, null),
            new("ppplus-allocated", "out-of-county", null, 3, 4444m, null),
        ]);
}
