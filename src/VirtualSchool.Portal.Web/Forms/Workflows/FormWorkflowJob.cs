using Quartz;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>The scheduled pass through the forms' workflow queue: retries that fell due, runs another node left behind.</summary>
[DisallowConcurrentExecution]
public sealed class FormWorkflowJob(FormWorkflowRunner runner) : IJob
{
    public const string Name = "form-workflows";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = (await runner.RunDueAsync(cancellationToken)).ToString();
}
