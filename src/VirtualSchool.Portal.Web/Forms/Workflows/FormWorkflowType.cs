using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// What one kind of workflow does, in one class: its id (<see cref="WorkflowTypeIds"/>), the settings the builder shows,
/// the checks on them, and the work itself, run by the workflow runner from the queue after the entry is stored. Register
/// one with <see cref="WorkflowsSetup.AddFormWorkflowType{T}"/>.
/// </summary>
public abstract class FormWorkflowType
{
    public abstract Guid Id { get; }

    public abstract string Alias { get; }

    public abstract string Name { get; }

    public virtual string Description => "";

    public virtual IReadOnlyList<FormSetting> Settings => [];

    /// <summary>Problems with a workflow's settings on this form, as GOV.UK error messages (the builder refuses to save them).</summary>
    public virtual IReadOnlyList<string> Check(FormWorkflow workflow, FormDefinition form) => [];

    /// <summary>
    /// Does the work for one entry. Throw, or return a failure, to have it retried with back-off; the runner records
    /// the message for administrators. Must be safe to repeat after a crash mid-way (it is at-least-once).
    /// </summary>
    public abstract Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken);
}
