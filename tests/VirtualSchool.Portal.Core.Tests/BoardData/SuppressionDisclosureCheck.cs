using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>
/// What a reader can work out from a suppressed term, modelled as linear equations over exact fractions: per measure,
/// each group's numerator N, cohort D and value V; every child = the sum of a breakdown's parts (for N and for D);
/// V = N for counts and pounds, 100N = V·D for percentages, N = V·D for rates and averages (used once V or D is known,
/// when it becomes linear). Whatever Gaussian elimination fixes becomes known, and the equations are rebuilt until
/// nothing more is learnt. Independent of <see cref="BoardSuppression"/>: it sees only which cells are shown.
/// </summary>
internal static class SuppressionDisclosureCheck
{
    private const int N = 0, D = 1, V = 2;

    /// <summary>"measure/group/column" for every withheld cell a reader could work out; empty when none.</summary>
    public static IReadOnlyList<string> Derivable(SuppressionTruth truth, SuppressedTerm shown)
    {
        var failures = new List<string>();
        foreach (var measure in BoardMeasures.All)
        {
            var figures = BoardGroups.Known.Select(g => shown.Find(measure.Code, g.Code)).ToList();
            var known = Learn(measure, truth, Initial(measure, figures));
            for (var g = 0; g < figures.Count; g++)
            {
                if (figures[g] is not { } f)
                {
                    continue;
                }

                Check(f.Count, Var(g, N), "count");
                Check(f.Cohort, Var(g, D), "cohort");
                Check(f.Value, Var(g, V), "value");
            }

            void Check(ShownCell cell, int variable, string column)
            {
                if (cell.IsSuppressed && known.Contains(variable))
                {
                    failures.Add($"{measure.Code}/{BoardGroups.Known[variable / 3].Code}/{column}");
                }
            }
        }

        return failures;
    }

    private static HashSet<int> Initial(BoardMeasure measure, List<ShownFigure?> figures)
    {
        var known = new HashSet<int>();
        for (var g = 0; g < figures.Count; g++)
        {
            if (figures[g] is not { } f)
            {
                continue;
            }

            if (measure.Kind is MeasureKind.Count or MeasureKind.Percentage && IsKnown(f.Count))
            {
                known.Add(Var(g, N));
            }

            if (IsKnown(f.Cohort))
            {
                known.Add(Var(g, D));
            }

            if (IsKnown(f.Value))
            {
                known.Add(Var(g, V));
            }
        }

        return known;
    }

    private static HashSet<int> Learn(BoardMeasure measure, SuppressionTruth truth, HashSet<int> known)
    {
        while (true)
        {
            var system = new SuppressionLinearSystem();
            foreach (var breakdown in BoardGroups.Breakdowns)
            {
                var parts = breakdown.Select(p => BoardGroups.Known.ToList().IndexOf(p)).ToList();
                system.Add(Additive(N, parts, known));
                system.Add(Additive(D, parts, known));
            }

            for (var g = 0; g < BoardGroups.Known.Count; g++)
            {
                system.Add(RowEquation(measure, truth.Row(measure.Code, BoardGroups.Known[g].Code), g, known));
            }

            var learnt = system.Determined().Where(known.Add).ToList();
            if (learnt.Count == 0)
            {
                return known;
            }
        }
    }

    private static Dictionary<int, SuppressionFraction> Additive(int column, List<int> parts, HashSet<int> known)
    {
        var equation = new Dictionary<int, SuppressionFraction> { [Var(0, column)] = 1 };
        foreach (var part in parts)
        {
            equation[Var(part, column)] = -1;
        }

        return Unknowns(equation, known);
    }

    private static Dictionary<int, SuppressionFraction> RowEquation(BoardMeasure measure, SuppressionTruthRow truth, int g, HashSet<int> known)
    {
        int n = Var(g, N), d = Var(g, D), v = Var(g, V);
        var equation = new Dictionary<int, SuppressionFraction>();
        if (measure.Kind is MeasureKind.Count or MeasureKind.Money)
        {
            equation[v] = 1;
            equation[n] = -1;
            return Unknowns(equation, known);
        }

        SuppressionFraction scale = measure.Kind == MeasureKind.Percentage ? 100 : 1;
        equation[n] = scale;
        if (known.Contains(v))
        {
            equation[d] = -truth.Value; // scale·N − V·D = 0, linear in N and D once V is known
        }
        else if (known.Contains(d) && truth.Cohort is { } knownCohort)
        {
            equation[v] = -knownCohort; // scale·N − D·V = 0, linear in N and V once D is known
        }
        else
        {
            return [];
        }

        return Unknowns(equation, known);
    }

    private static Dictionary<int, SuppressionFraction> Unknowns(Dictionary<int, SuppressionFraction> equation, HashSet<int> known) =>
        equation.Where(c => !known.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value);

    private static bool IsKnown(ShownCell cell) => !cell.IsSuppressed && cell.Value is not null;

    private static int Var(int group, int column) => (group * 3) + column;
}
