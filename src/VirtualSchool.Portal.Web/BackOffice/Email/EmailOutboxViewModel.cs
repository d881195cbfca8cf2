using VirtualSchool.Portal.Infrastructure.Email;

namespace VirtualSchool.Portal.Web.BackOffice.Email;

public sealed record EmailOutboxViewModel(OutboxPage Page, OutboxStatus Status);
