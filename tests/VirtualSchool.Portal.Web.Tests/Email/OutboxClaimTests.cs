using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.Email;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Email;

/// <summary>What the outbox does with messages claimed by a node that crashed before sending them.</summary>
[Trait("Category", "Integration")]
public sealed class OutboxClaimTests
{
    [Fact]
    public async Task Mail_claimed_by_a_crashed_node_goes_out_when_the_claim_runs_out_and_the_job_does_not_spin_meanwhile()
    {
        await using var portal = new OutboxPortal(new Dictionary<string, string?>
        {
            ["Portal:Email:ClaimSeconds"] = "4",
            ["Portal:Email:SendTimeoutSeconds"] = "2",
        });
        _ = portal.Server;
        long before;
        DateTime claimEnds;
        await using (var db = await portal.DbAsync())
        {
            before = await db.JobRuns.MaxAsync(r => (long?)r.Id) ?? 0;
            // Claimed by another node a moment before it died: pending, due, and locked for the claim's lifetime.
            claimEnds = DateTime.UtcNow.AddSeconds(4);
            db.OutboxMessages.Add(new OutboxMessage
            {
                MessageId = $"<{Guid.NewGuid():N}@virtual-school.portal>", Category = "backoffice-invitation", To = "stranded@school.test",
                Subject = "You have been invited", TextBody = "Dear Stranded,", Status = OutboxStatus.Pending,
                CreatedAt = DateTime.UtcNow.AddSeconds(-1), NextAttemptAt = DateTime.UtcNow.AddSeconds(-1), LockedUntil = claimEnds,
            });
            // Storing it wakes the outbox job on this node, as any queued mail does.
            await db.SaveChangesAsync();
        }

        var mail = Assert.Single(await MailFolder.WaitForAsync(portal.DataPath, m => m.To.Contains("stranded@school.test", StringComparison.Ordinal), seconds: 30));
        Assert.Equal("You have been invited", mail.Subject);
        var sent = Assert.Single(await portal.WaitForOutboxAsync(m => m.Count == 1 && m[0].Status == OutboxStatus.Sent));
        Assert.True(sent.SentAt >= claimEnds.AddMilliseconds(-1), $"sent at {sent.SentAt:O}, before the claim ran out at {claimEnds:O}");

        await using (var db = await portal.DbAsync())
        {
            // While the claim held, the job ran when woken and once more when the claim ran out (and perhaps on
            // its every-minute trigger), not again and again for a message it could not have.
            var runs = await db.JobRuns.CountAsync(r => r.Id > before && r.JobName == OutboxJob.Name);
            Assert.InRange(runs, 1, 5);
        }
    }

    [Fact]
    public void A_claim_shorter_than_one_send_is_refused_at_start_up_naming_both_settings()
    {
        using var portal = new OutboxPortal(new Dictionary<string, string?>
        {
            ["Portal:Email:ClaimSeconds"] = "30",
            ["Portal:Email:SendTimeoutSeconds"] = "30",
        });

        var error = Assert.ThrowsAny<Exception>(() => portal.Server);
        Assert.Contains("Portal:Email:ClaimSeconds", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Portal:Email:SendTimeoutSeconds", error.ToString(), StringComparison.Ordinal);
    }
}
