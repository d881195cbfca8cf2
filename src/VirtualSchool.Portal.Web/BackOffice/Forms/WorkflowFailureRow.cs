using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A failed workflow run on the administrators' list, with its form's and workflow's names.</summary>
public sealed record WorkflowFailureRow(FormWorkflowRun Run, string Form, string Workflow, Guid? EntryKey);
