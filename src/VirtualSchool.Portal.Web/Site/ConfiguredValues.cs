using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.Site;

/// <summary>
/// Settings that content quotes, such as how long the privacy notice says each kind of data is kept. An editor
/// writes <c>{{Portal:Feedback:RetentionDays}}</c> and readers see "365 days": the page is filled from the
/// options the jobs that erase the data run on, so what it promises cannot drift from what happens. A name this
/// list does not know is left as it was written, so an editor sees the mistake.
/// </summary>
public sealed partial class ConfiguredValues
{
    private readonly Dictionary<string, string> _values;

    public ConfiguredValues(IOptions<PortalOptions> portal, IOptions<MembersOptions> members)
    {
        var p = portal.Value;
        var m = members.Value;
        _values = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Portal:Feedback:RetentionDays"] = Count(p.Feedback.RetentionDays, "day"),
            ["Portal:Training:RetentionMonths"] = Count(p.Training.RetentionMonths, "month"),
            ["Portal:Training:NeedsRetentionDays"] = Count(p.Training.NeedsRetentionDays, "day"),
            ["Portal:Members:RetentionMonths"] = m.RetentionMonths == 0 ? "no fixed period" : Count(m.RetentionMonths, "month"),
            ["Portal:Members:RetentionWarningDays"] = Count(m.RetentionWarningDays, "day"),
            ["Portal:Members:InvitationLifetime"] = Duration(m.InvitationLifetime),
            ["Portal:Email:KeepSentDays"] = Count(p.Email.KeepSentDays, "day"),
        };
    }

    /// <summary>The names an editor may use, with what each reads as now.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The text with every known <c>{{Name}}</c> replaced; the same string when it has none.</summary>
    public string? Fill(string? text) =>
        text is null || !text.Contains("{{", StringComparison.Ordinal)
            ? text
            : Placeholder().Replace(text, m => _values.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);

    private static string Count(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");

    private static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? Count((int)span.TotalDays, "day") : Count((int)Math.Ceiling(span.TotalHours), "hour");

    [GeneratedRegex(@"\{\{\s*(?<name>Portal(?::\w+)+)\s*\}\}")]
    private static partial Regex Placeholder();
}
