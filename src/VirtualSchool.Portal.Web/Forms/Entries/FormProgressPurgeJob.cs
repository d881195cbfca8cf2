using Quartz;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>Erases answers part-way through forms once they expire, and upload files that belong to nothing.</summary>
[DisallowConcurrentExecution]
public sealed class FormProgressPurgeJob(FormProgressPurge purge) : IJob
{
    public const string Name = "form-progress-expiry";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = (await purge.PurgeAsync(cancellationToken)).ToString();
}
