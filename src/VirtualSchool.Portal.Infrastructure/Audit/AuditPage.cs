using VirtualSchool.Portal.Core.Audit;

namespace VirtualSchool.Portal.Infrastructure.Audit;

/// <summary>A page of audit entries, newest first, and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
