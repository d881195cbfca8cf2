using System.Globalization;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>One state's retention period in words ("365 days", with whether it is the configured default).</summary>
public sealed record FormRetentionPeriod(FormEntryState State, int Days, bool IsDefault)
{
    public string Words => Days.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) + (Days == 1 ? " day" : " days");

    public string StateWords => State switch
    {
        FormEntryState.Approved => "Approved entries",
        FormEntryState.Rejected => "Rejected entries",
        _ => "Entries waiting to be approved (submitted)",
    };
}

/// <summary>A form's retention per state, as the retention job applies it.</summary>
public static class FormRetentionPeriods
{
    public static IReadOnlyList<FormRetentionPeriod> For(FormDefinition form, int defaultDays) =>
        Enum.GetValues<FormEntryState>()
            .Select(s => new FormRetentionPeriod(s, form.Retention.DaysFor(s, defaultDays), Own(form.Retention, s) is null))
            .ToList();

    private static int? Own(FormRetention retention, FormEntryState state) => state switch
    {
        FormEntryState.Approved => retention.ApprovedDays,
        FormEntryState.Rejected => retention.RejectedDays,
        _ => retention.SubmittedDays,
    };
}
