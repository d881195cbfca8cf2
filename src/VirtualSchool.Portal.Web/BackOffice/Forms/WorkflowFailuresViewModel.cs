using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

public sealed record WorkflowFailuresViewModel(Paged<WorkflowFailureRow> Failures);
