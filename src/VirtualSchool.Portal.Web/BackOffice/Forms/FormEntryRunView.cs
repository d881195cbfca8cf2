using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A workflow's run for the entry, with the workflow's name.</summary>
public sealed record FormEntryRunView(FormWorkflowRun Run, string Workflow);
