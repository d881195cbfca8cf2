using System.Security.Claims;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>Writes a content action by the signed-in user to the audit log.</summary>
internal static class ContentAudit
{
    public static Task RecordAsync(
        this AuditLog audit, ClaimsPrincipal user, string? address, string action, ContentNode? node, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name, "content",
            node?.Key.ToString(), node?.Name, detail, address, cancellationToken);
}
