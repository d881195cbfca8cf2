using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>
/// Made-up figures for three terms of 2025/26, shaped to exercise suppression: counts of 1 to 5 (permanent exclusions,
/// Key Stage 2 reading, writing and maths), cohorts under 10 (Key Stage 4 in the autumn, the Key Stage 2 girls), and
/// a breakdown with one small part (suspensions: 3 girls of 12). No real child is behind any of them.
/// </summary>
internal static class BoardDataExampleFigures
{
    public static readonly BoardTermId[] Terms = [new(2025, SchoolTerm.Autumn), new(2025, SchoolTerm.Spring), new(2025, SchoolTerm.Summer)];

    /// <summary>The figures of the example term at <paramref name="index"/> (0 to 2).</summary>
    public static IReadOnlyList<BoardFigure> For(int index)
    {
        var figures = new List<BoardFigure>();
        void Count(string measure, string group, int[] counts) => figures.Add(new(measure, group, counts[index], null, counts[index], null));
        void Percent(string measure, string group, int[] counts, int[] cohorts, decimal? national = null) =>
            figures.Add(new(measure, group, counts[index], cohorts[index], 0, national));
        void Scored(string measure, string group, decimal[] values, int[] cohorts, decimal? national = null) =>
            figures.Add(new(measure, group, null, cohorts[index], values[index], national));

        Count(BoardMeasures.Cohort, BoardGroups.All, [148, 151, 149]);
        Count(BoardMeasures.Cohort, "girls", [70, 72, 71]);
        Count(BoardMeasures.Cohort, "boys", [78, 79, 78]);
        Count(BoardMeasures.Cohort, "in-county", [96, 99, 98]);
        Count(BoardMeasures.Cohort, "out-of-county", [52, 52, 51]);
        Percent("ehc-plan", BoardGroups.All, [41, 43, 43], [148, 151, 149], 28.9m);
        Percent("ks2-reading", BoardGroups.All, [7, 8, 9], [14, 14, 15], 62.0m);
        Percent("ks2-reading", "girls", [4, 4, 5], [6, 6, 7]);
        Percent("ks2-reading", "boys", [3, 4, 4], [8, 8, 8]);
        Percent("ks2-writing", BoardGroups.All, [6, 7, 8], [14, 14, 15], 58.0m);
        Percent("ks2-maths", BoardGroups.All, [8, 8, 9], [14, 14, 15], 59.0m);
        Percent("ks2-rwm", BoardGroups.All, [5, 5, 6], [14, 14, 15], 39.0m);
        Scored("ks4-attainment8", BoardGroups.All, [19.6m, 21.4m, 22.3m], [8, 12, 12], 21.6m);
        Percent("ks4-english-maths-4", BoardGroups.All, [2, 3, 4], [8, 12, 12], 22.6m);
        Scored("attendance", BoardGroups.All, [91.2m, 90.6m, 92.0m], [148, 151, 149], 90.1m);
        Scored("attendance", "girls", [92.0m, 91.1m, 92.4m], [70, 72, 71]);
        Scored("attendance", "boys", [90.5m, 90.1m, 91.6m], [78, 79, 78]);
        Scored("attendance", "in-county", [93.1m, 92.4m, 93.5m], [96, 99, 98]);
        Scored("attendance", "out-of-county", [87.7m, 87.2m, 89.1m], [52, 52, 51]);
        Percent("persistent-absence", BoardGroups.All, [34, 38, 31], [148, 151, 149], 30.2m);
        Percent("persistent-absence", "in-county", [18, 20, 17], [96, 99, 98]);
        Percent("persistent-absence", "out-of-county", [16, 18, 14], [52, 52, 51]);
        Count("suspensions", BoardGroups.All, [12, 14, 10]);
        Count("suspensions", "girls", [3, 4, 2]);
        Count("suspensions", "boys", [9, 10, 8]);
        Count("permanent-exclusions", BoardGroups.All, [1, 0, 2]);
        Percent("pep-on-time", BoardGroups.All, [139, 144, 145], [148, 151, 149]);
        Percent("pep-good", BoardGroups.All, [121, 126, 131], [139, 144, 145]);
        Scored("ppplus-allocated", BoardGroups.All, [130_240m, 132_880m, 131_120m], [148, 151, 149]);
        Scored("ppplus-spent", BoardGroups.All, [118_500m, 127_300m, 129_950m], [148, 151, 149]);
        Percent("neet", BoardGroups.All, [9, 8, 7], [41, 42, 40], 38.0m);
        return figures;
    }

    public static readonly string[] Commentary =
    [
        "These are example figures, made up to show how the dashboard works: no real child is behind them.\n\nAttendance held up well in the autumn; persistent absence is higher than the national figure for looked-after children, mostly among children placed outside the county.",
        "These are example figures, made up to show how the dashboard works: no real child is behind them.\n\nAttendance dipped in the spring, as it usually does. Every Personal Education Plan that was late has since been completed.",
        "These are example figures, made up to show how the dashboard works: no real child is behind them.\n\nThe summer brought the year's best attendance and fewer suspensions. Pupil Premium Plus spending caught up with the allocation.",
    ];
}
