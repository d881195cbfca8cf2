namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// How many days a form's entries are kept in each state, counted from their last change (Umbraco Forms' data retention).
/// Empty uses the configured default (<c>Portal:Forms:RetentionDays</c>). A job erases older entries with their uploads.
/// </summary>
public sealed class FormRetention
{
    public int? SubmittedDays { get; set; }

    public int? ApprovedDays { get; set; }

    public int? RejectedDays { get; set; }

    public int DaysFor(FormEntryState state, int defaultDays) => state switch
    {
        FormEntryState.Approved => ApprovedDays ?? defaultDays,
        FormEntryState.Rejected => RejectedDays ?? defaultDays,
        _ => SubmittedDays ?? defaultDays,
    };
}
