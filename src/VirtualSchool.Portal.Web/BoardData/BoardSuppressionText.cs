using System.Globalization;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>The explanation of <c>c</c>, in the same words on the dashboard and in the report, with the configured thresholds.</summary>
public static class BoardSuppressionText
{
    public const string Headline = "c: withheld so that no child can be identified.";

    public static IReadOnlyList<string> Explanation(SuppressionRules rules) =>
    [
        Headline,
        "Our groups of children are small. A figure about very few children could let someone who knows them work out who they are, "
            + "so, following the Government Statistical Service's convention, we show c instead of:",
        $"• a number of children from 1 to {rules.MaximumSmallCount} (zero is shown);",
        $"• a percentage, rate or average of fewer than {rules.MinimumCohort} children;",
        "• any other figure from which a withheld one could be worked out, for example from the total and the other groups, or from a percentage and the number of children it is of.",
    ];

    /// <summary>"3 December 2026", in UK time.</summary>
    public static string Date(DateTimeOffset at) =>
        UkTime.FromUtc(at.UtcDateTime).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
