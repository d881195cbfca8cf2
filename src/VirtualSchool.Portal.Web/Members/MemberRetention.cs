using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>What one retention run did.</summary>
public sealed record MemberRetentionResult(int Warned, int Erased, int InvitationsErased, int Kept)
{
    public override string ToString() =>
        $"{Warned} warned, {Erased} unused account(s) erased, {InvitationsErased} unaccepted invitation(s) erased, {Kept} kept after signing in";
}

/// <summary>
/// The members' personal data is kept only while it is used (<c>Portal:Members:RetentionMonths</c>). An account
/// nobody has signed in to for that long gets a warning email; if its member still does not sign in within
/// <c>RetentionWarningDays</c>, the account and its personal data are erased, as when a member asks for it to
/// be closed. Invitations never accepted are erased once their link has long expired. Each erasure removes the
/// member's address from earlier audit entries and the outbox, and is audited by the member's id only.
/// </summary>
public sealed class MemberRetention(
    UserManager<Member> members,
    MemberMail mail,
    AuditLog audit,
    PersonalDataTraces traces,
    IOptions<MembersOptions> options,
    TimeProvider clock,
    ILogger<MemberRetention> logger)
{
    /// <summary>An invitation is erased this long after its link stopped working.</summary>
    public static readonly TimeSpan InvitationGrace = TimeSpan.FromDays(30);

    public async Task<MemberRetentionResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var invitationsErased = 0;
        var invitedBefore = now - settings.InvitationLifetime - InvitationGrace;
        foreach (var invited in await members.Users.Where(m => m.PasswordHash == null && m.CreatedAt < invitedBefore).ToListAsync(cancellationToken))
        {
            if (await EraseAsync(invited, "invitation never accepted", cancellationToken))
            {
                invitationsErased++;
            }
        }

        if (settings.RetentionMonths == 0)
        {
            return new MemberRetentionResult(0, 0, invitationsErased, 0);
        }

        // Signed in since the warning: the account is in use again, and the clock starts afresh.
        var kept = 0;
        foreach (var member in await members.Users.Where(m => m.RetentionWarnedAt != null && m.LastSignInAt > m.RetentionWarnedAt).ToListAsync(cancellationToken))
        {
            member.RetentionWarnedAt = null;
            await members.UpdateAsync(member);
            kept++;
        }

        var erased = 0;
        var warnedBefore = now.AddDays(-settings.RetentionWarningDays);
        foreach (var member in await members.Users.Where(m => m.RetentionWarnedAt != null && m.RetentionWarnedAt < warnedBefore).ToListAsync(cancellationToken))
        {
            if (await EraseAsync(member, $"unused for {settings.RetentionMonths} months; warned on {member.RetentionWarnedAt:yyyy-MM-dd}", cancellationToken))
            {
                erased++;
            }
        }

        var warned = 0;
        var unusedSince = now.AddMonths(-settings.RetentionMonths);
        var unused = await members.Users
            .Where(m => m.PasswordHash != null && m.RetentionWarnedAt == null && (m.LastSignInAt ?? m.CreatedAt) < unusedSince)
            .ToListAsync(cancellationToken);
        foreach (var member in unused)
        {
            // The email is queued before the account is marked, so a failure between the two warns twice, never not at all.
            await mail.RetentionWarningAsync(member, member.LastSignInAt ?? member.CreatedAt, now.AddDays(settings.RetentionWarningDays), cancellationToken);
            member.RetentionWarnedAt = now;
            await members.UpdateAsync(member);
            warned++;
        }

        var result = new MemberRetentionResult(warned, erased, invitationsErased, kept);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Member retention: {Result}", result.ToString());
        }

        return result;
    }

    private async Task<bool> EraseAsync(Member member, string reason, CancellationToken cancellationToken)
    {
        var deleted = await members.DeleteAsync(member);
        if (!deleted.Succeeded)
        {
            logger.LogWarning("Member retention could not erase {Id}: {Errors}", member.Id, string.Join(" ", deleted.Errors.Select(e => e.Description)));
            return false;
        }

        await traces.EraseAsync(member.Id.ToString(), member.Email, cancellationToken);
        await audit.RecordAsync(AuditActions.MemberErased, null, "retention job", "member", member.Id.ToString(), "erased member", reason, cancellationToken: cancellationToken);
        return true;
    }
}

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
        q.AddTrigger(t => t.ForJob(key).WithIdentity(Name + "-daily").WithCronSchedule("0 45 3 * * ?", c => c.InTimeZone(UkTime.Zone)));
    }
}
