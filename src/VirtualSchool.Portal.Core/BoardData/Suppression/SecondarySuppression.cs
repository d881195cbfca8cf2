namespace VirtualSchool.Portal.Core.BoardData.Suppression;

/// <summary>
/// Secondary suppression: the parts of a breakdown add up to every child, so where exactly one of {all, parts} is
/// unknown to a reader and it is a withheld cell, it could be worked out by subtraction; the next smallest part is
/// withheld too. Numerators and cohorts are guarded separately, and the passes repeat until nothing changes (withholding
/// a cohort takes its rate with it, and "all" is shared by every breakdown). A cell the upload left out (a missing
/// row, an empty column) is treated as known: another breakdown may give it away, so it is never relied on to protect.
/// </summary>
internal static class SecondarySuppression
{
    public static void Apply(IReadOnlyList<SuppressionRow> rows)
    {
        var measures = rows.GroupBy(r => r.Measure.Code)
            .Select(m => m.ToDictionary(r => r.Group.Code, StringComparer.OrdinalIgnoreCase))
            .ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var measure in measures)
            {
                foreach (var breakdown in BoardGroups.Breakdowns)
                {
                    changed |= Guard(measure, breakdown, SuppressionQuantity.Numerator);
                    changed |= Guard(measure, breakdown, SuppressionQuantity.Cohort);
                }
            }
        }
        while (changed);
    }

    private static bool Guard(Dictionary<string, SuppressionRow> measure, IEnumerable<BoardGroup> parts, SuppressionQuantity quantity)
    {
        var cells = parts.Select(p => p.Code).Prepend(BoardGroups.All).Select(measure.GetValueOrDefault).ToList();
        if (cells.Count(row => row is not null && quantity.IsWithheld(row)) != 1)
        {
            return false;
        }

        var next = cells.Skip(1).OfType<SuppressionRow>()
            .Where(quantity.CanHide)
            .OrderBy(quantity.ValueOf)
            .FirstOrDefault() ?? cells[0];
        return next is not null && quantity.CanHide(next) && quantity.Hide(next);
    }
}
