using VirtualSchool.Portal.Infrastructure.Audit;

namespace VirtualSchool.Portal.Web.BackOffice.Audit;

public sealed record AuditViewModel(AuditPage Page, AuditQuery Query, IReadOnlyList<string> Actions, FormErrors Errors);
