using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Entries;

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
