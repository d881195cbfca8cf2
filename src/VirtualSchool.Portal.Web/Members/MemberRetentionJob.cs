using Quartz;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Runs <see cref="MemberRetention"/> daily.</summary>
[DisallowConcurrentExecution]
public sealed class MemberRetentionJob(MemberRetention retention) : IJob
{
    public const string Name = "member-retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = (await retention.RunAsync(cancellationToken)).ToString();

    public static void AddTo(IQuartzBuilder q)
    {
        var key = new JobKey(Name);
        q.AddJob<MemberRetentionJob>(j => j.WithIdentity(key).WithDescription("Warns members whose accounts are unused, then erases those still unused, and unaccepted invitations"));
        q.AddTrigger(t => t.ForJob(key).WithIdentity(Name + "-daily").WithCronSchedule("0 45 3 * * ?", c => c.InTimeZone(Hosting.UkTime.Zone)));
    }
}
