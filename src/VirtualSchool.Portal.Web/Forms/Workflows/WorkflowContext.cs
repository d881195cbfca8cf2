using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>One workflow's run: the form as the entry was filled in against, the entry, the workflow and its run.</summary>
public sealed record WorkflowContext(FormDefinition Form, FormEntry Entry, FormWorkflow Workflow, FormWorkflowRun Run, IServiceProvider Services);
