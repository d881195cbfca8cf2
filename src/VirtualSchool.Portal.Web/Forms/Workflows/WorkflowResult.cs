namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>How a workflow's run went: done, or failed with a reason (retried while attempts remain).</summary>
public sealed record WorkflowResult(bool Succeeded, string? Error)
{
    public static WorkflowResult Success { get; } = new(true, null);

    public static WorkflowResult Failure(string error) => new(false, error);
}
