using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Web.BackOffice.USync;

/// <summary>What the uSync page shows: nothing yet, an export's report, a dry run's report, or an import's.</summary>
public sealed record USyncViewModel(string Folder, USyncExportReport? Export = null, USyncReport? Check = null, string? CheckFingerprint = null, USyncReport? Import = null, bool ChangedSinceCheck = false)
{
    /// <summary>Failures first, then what changes, then what does not.</summary>
    public static IEnumerable<USyncItemResult> InOrder(USyncReport report) => report.Items
        .OrderBy(i => i.Change switch
        {
            USyncChange.Failed => 0,
            USyncChange.Deleted => 1,
            USyncChange.Updated => 2,
            USyncChange.Created => 3,
            USyncChange.Unchanged => 4,
            _ => 5,
        })
        .ThenBy(i => i.File, StringComparer.Ordinal);
}
