using VirtualSchool.Portal.Core.BoardData.Suppression;

namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// Turns a term's raw figures into what may be shown: primary suppression (<see cref="SuppressionRules"/>) and then
/// secondary suppression, so that no withheld cell can be worked out from totals, other groups or other columns.
/// </summary>
/// <remarks>
/// Primary (<see cref="PrimarySuppression"/>): a count or cohort of 1 to 5 children; a percentage, rate or average of
/// fewer than 10 children (with the count beside a percentage); a percentage whose count is small; pounds for a
/// withheld cohort. Secondary (<see cref="SecondarySuppression"/>): in each breakdown, a lone withheld cell of the
/// counts (or the count behind a percentage, rate or average, or the pounds) or of the cohorts takes the next smallest
/// part with it, until nothing changes. Rows outside the catalogue (an unknown measure or group) are never shown.
/// A withheld cell's reason is only what its shown neighbours already tell (see <see cref="SuppressionRow.ToShown"/>):
/// <see cref="SuppressionReason.Secondary"/> is never given, as telling a cell withheld for another apart from a small
/// one would narrow both down.
/// </remarks>
public static class BoardSuppression
{
    public static SuppressedTerm Apply(BoardTermFigures term, SuppressionRules rules)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(rules);

        var rows = new List<SuppressionRow>();
        foreach (var measure in BoardMeasures.All)
        {
            foreach (var group in BoardGroups.Known)
            {
                if (term.Find(measure.Code, group.Code) is { } figure)
                {
                    rows.Add(new SuppressionRow(measure, group, figure));
                }
            }
        }

        foreach (var row in rows)
        {
            PrimarySuppression.Apply(row, rules);
        }

        SecondarySuppression.Apply(rows);
        return new SuppressedTerm(
            term.Key,
            term.Term,
            term.Version,
            term.Commentary,
            term.IsExample,
            term.PublishedUtc,
            rows.Select(r => r.ToShown(rules)).ToList());
    }
}
