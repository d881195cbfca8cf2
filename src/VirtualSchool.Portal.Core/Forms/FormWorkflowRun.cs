namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// One workflow to run for one entry at one state, queued in the transaction that stored the entry or changed its
/// state (so a workflow runs exactly once: the pair (entry, workflow, stage) is unique). The forms' workflow job claims
/// pending runs, retries failures with back-off, and lists those that gave up to administrators.
/// </summary>
public sealed class FormWorkflowRun
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public Guid FormKey { get; set; }

    public Guid WorkflowKey { get; set; }

    public FormEntryState Stage { get; set; }

    public WorkflowRunStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>A node's claim while it runs this (renewed per attempt), so two nodes never run it at once.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>
    /// Queues the form's active workflows for an entry that has just reached <paramref name="stage"/>; call it in the
    /// transaction that stores the entry or its new state, then tell the workflow signal after the commit.
    /// </summary>
    public static IEnumerable<FormWorkflowRun> For(FormDefinition form, FormEntry entry, FormEntryState stage, DateTime now) =>
        form.Workflows
            .Where(w => w.Active && w.ExecutesOn == stage)
            .OrderBy(w => w.SortOrder)
            .Select(w => new FormWorkflowRun
            {
                EntryId = entry.Id,
                FormKey = form.Key,
                WorkflowKey = w.Key,
                Stage = stage,
                Status = WorkflowRunStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
}
