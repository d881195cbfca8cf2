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
