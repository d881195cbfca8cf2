using System.Globalization;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>One index as the dashboard shows it and its status endpoint returns it (the script fills the same cells).</summary>
public sealed record SearchIndexRow(
    string Name, string Health, string TagClass, int DocumentCount, string LastUpdated, string Path, bool Rebuilding, int? Percent, string Progress, string? Problem)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static SearchIndexRow From(SearchIndexStatus status)
    {
        var rebuilding = status.Health == SearchIndexHealth.Rebuilding;
        int? percent = rebuilding && status.RebuildTotal is > 0 and var total
            ? (int)Math.Clamp(status.RebuildDone * 100L / total, 0, 100)
            : null;
        var progress = rebuilding
            ? status.RebuildTotal is { } all
                ? string.Create(Uk, $"Rebuilding: {status.RebuildDone:N0} of {all:N0} documents ({percent ?? 0}%)")
                : string.Create(Uk, $"Rebuilding: {status.RebuildDone:N0} documents so far")
            : status.LastRebuildDuration is { } took
                ? string.Create(Uk, $"Last rebuilt in {took.TotalSeconds:N1} seconds")
                : "";
        return new SearchIndexRow(
            status.Name,
            status.Health.ToString(),
            TagClassOf(status.Health),
            status.DocumentCount,
            status.LastUpdated is { } at ? UkTime.FromUtc(at).ToString("d MMMM yyyy HH:mm:ss", Uk) : "Never",
            status.Path,
            rebuilding,
            percent,
            progress,
            status.Problem);
    }

    /// <summary>The GOV.UK tag colour for a health.</summary>
    private static string TagClassOf(SearchIndexHealth health) => health switch
    {
        SearchIndexHealth.Healthy => "govuk-tag--green",
        SearchIndexHealth.Rebuilding => "govuk-tag--blue",
        SearchIndexHealth.Missing => "govuk-tag--grey",
        _ => "govuk-tag--red",
    };
}
