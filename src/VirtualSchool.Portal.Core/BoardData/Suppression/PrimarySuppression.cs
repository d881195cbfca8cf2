namespace VirtualSchool.Portal.Core.BoardData.Suppression;

/// <summary>
/// The rules a single row breaks on its own (the GSS convention): a count of 1 to
/// <see cref="SuppressionRules.MaximumSmallCount"/> children, a cohort of that size, and a percentage, rate or average
/// of fewer than <see cref="SuppressionRules.MinimumCohort"/> children. A figure whose count or cohort is missing is
/// withheld too: what cannot be checked is not shown.
/// </summary>
internal static class PrimarySuppression
{
    public static void Apply(SuppressionRow row, SuppressionRules rules)
    {
        if (IsSmall(row.Cohort, rules))
        {
            row.HideCohort(SuppressionReason.SmallCount);
        }

        switch (row.Measure.Kind)
        {
            case MeasureKind.Count:
                HideIfSmallCount(row, rules);
                break;
            case MeasureKind.Percentage:
                // The count is shown beside the percentage, so a small count is withheld in both; and a percentage of
                // a small cohort is withheld with its count, which with the cohort would give it back.
                HideIfSmallCount(row, rules);
                HideIfSmallCohort(row, rules);
                break;
            case MeasureKind.Rate:
            case MeasureKind.Average:
                HideIfSmallCohort(row, rules);
                break;
            case MeasureKind.Money:
                // Pounds for a cohort are shown only beside that cohort (HideCohort above takes them with it).
                break;
            default:
                row.HideNumerator(SuppressionReason.SmallCount);
                break;
        }
    }

    private static void HideIfSmallCount(SuppressionRow row, SuppressionRules rules)
    {
        if (row.Count is null || IsSmall(row.Count, rules))
        {
            row.HideNumerator(SuppressionReason.SmallCount);
        }
    }

    private static void HideIfSmallCohort(SuppressionRow row, SuppressionRules rules)
    {
        if (row.Cohort == 0)
        {
            row.HideValue(SuppressionReason.SmallCohort);
        }
        else if (row.Cohort is not { } cohort || cohort < rules.MinimumCohort)
        {
            row.HideNumerator(SuppressionReason.SmallCohort);
        }
    }

    private static bool IsSmall(int? children, SuppressionRules rules) =>
        children is { } n && n >= 1 && n <= rules.MaximumSmallCount;
}
