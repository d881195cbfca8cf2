namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>What one pass through the workflow queue did.</summary>
public sealed record FormWorkflowPass(int Succeeded, int Retrying, int Failed)
{
    public override string ToString() => $"{Succeeded} done, {Retrying} to retry, {Failed} failed";
}
