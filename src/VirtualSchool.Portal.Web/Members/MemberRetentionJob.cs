using Quartz;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Runs <see cref="MemberRetention"/> daily.</summary>
[DisallowConcurrentExecution]
public sealed class MemberRetentionJob(MemberRetention retention) : IJob
{
    public const string Name = "member-retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = (await retention.RunAsync(cancellationToken)).ToString();
}
