using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>Members' personal data is kept only while it is used: unused accounts are warned, then erased.</summary>
[Trait("Category", "Integration")]
public sealed class MemberRetentionTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    [Fact]
    public async Task Unused_accounts_are_warned_then_erased_unless_their_member_signs_in_and_long_expired_invitations_go()
    {
        var now = DateTime.UtcNow;
        var active = await MemberAsync("active", m => m.LastSignInAt = now.AddMonths(-1));
        var unused = await MemberAsync("unused", m => m.LastSignInAt = now.AddMonths(-25));
        var gone = await MemberAsync("gone", m => { m.LastSignInAt = now.AddMonths(-26); m.RetentionWarnedAt = now.AddDays(-31); });
        var back = await MemberAsync("back", m => { m.LastSignInAt = now.AddMonths(-26); m.RetentionWarnedAt = now.AddDays(-31); });
        var stale = await InvitationAsync("stale", now.AddDays(-40));
        var fresh = await InvitationAsync("fresh", now.AddDays(-2));
        await portal.SignInMemberAsync(back);

        var result = await RunAsync();

        Assert.Equal(new MemberRetentionResult(Warned: 1, Erased: 1, InvitationsErased: 1, Kept: 1), result);
        var warning = Assert.Single(await portal.MailToAsync(unused.Email!));
        Assert.Contains("will be closed on " + VirtualSchool.Portal.Core.UkTime.FromUtc(now.AddDays(30)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), warning, StringComparison.Ordinal);
        Assert.Contains("/members/login", warning, StringComparison.Ordinal);
        Assert.NotNull((await FindAsync(unused))?.RetentionWarnedAt);
        Assert.Null(await FindAsync(gone));
        Assert.Null(await FindAsync(stale));
        Assert.NotNull(await FindAsync(fresh));
        Assert.Null((await FindAsync(back))!.RetentionWarnedAt);
        Assert.NotNull(await FindAsync(active));
        Assert.Empty(await portal.MailToAsync(active.Email!, seconds: 1));

        // The audit says which account went and why, by id only: nothing of the member's personal data is left.
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var erased = await db.AuditLog.Where(e => e.Action == AuditActions.MemberErased && e.ItemKey == gone.Id.ToString()).SingleAsync();
        Assert.Equal("retention job", erased.UserName);
        Assert.StartsWith("unused for 24 months", erased.Detail, StringComparison.Ordinal);
        Assert.False(await db.AuditLog.AnyAsync(e => e.ItemKey == gone.Id.ToString() && (e.ItemName!.Contains("gone-") || e.Detail!.Contains("gone-"))));

        // The next day: nobody is warned twice.
        Assert.Equal(new MemberRetentionResult(0, 0, 0, 0), await RunAsync());
        Assert.Single(await portal.MailToAsync(unused.Email!, seconds: 1));
    }

    [Fact]
    public async Task The_retention_job_runs_daily_on_the_scheduler()
    {
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggersOfJob(new JobKey(MemberRetentionJob.Name));
        var daily = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(triggers));
        Assert.Equal("0 45 3 * * ?", daily.CronExpressionString);
    }

    private async Task<MemberRetentionResult> RunAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MemberRetention>().RunAsync();
    }

    private async Task<Member> MemberAsync(string name, Action<Member> change)
    {
        var member = await portal.CreateMemberAsync($"{name}-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var stored = (await users.FindByIdAsync(member.Id.ToString()))!;
        change(stored);
        Assert.True((await users.UpdateAsync(stored)).Succeeded);
        return stored;
    }

    private async Task<Member> InvitationAsync(string name, DateTime invitedAt)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var member = new Member { Id = Guid.NewGuid(), UserName = email, Email = email, Name = name, CreatedAt = invitedAt };
        Assert.True((await users.CreateAsync(member)).Succeeded);
        return member;
    }

    private async Task<Member?> FindAsync(Member member)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByIdAsync(member.Id.ToString());
    }
}
