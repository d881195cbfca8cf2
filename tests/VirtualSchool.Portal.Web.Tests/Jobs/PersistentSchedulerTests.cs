using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Jobs;

/// <summary>Quartz keeps its schedule, and the portal its job history, in the portal's database.</summary>
[Trait("Category", "Integration")]
public sealed class PersistentSchedulerTests
{
    [Fact]
    public async Task The_schedule_and_the_last_run_of_each_job_survive_a_restart()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vsp-tests", Guid.NewGuid().ToString("N"));
        await using (var first = new BackOfficeFactory { DataPath = dataPath, KeepDataOnDispose = true })
        {
            _ = first.Server;
            // The jobs and their triggers are rows in the portal's database (tables Quartz created itself).
            await using (var db = await first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
            {
                var jobs = await db.Database.SqlQueryRaw<string>("SELECT JOB_NAME AS \"Value\" FROM QRTZ_JOB_DETAILS").ToListAsync();
                Assert.Contains("feedback-retention", jobs);
                Assert.Contains("email-outbox", jobs);
                Assert.Contains("scheduled-publishing", jobs);
            }

            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(new JobKey("feedback-retention"));
            await WaitForRunAsync(first);
        }

        await using var second = new BackOfficeFactory { DataPath = dataPath };
        var admin = await second.SignInAdministratorAsync();
        var page = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/jobs"));
        var row = page.QuerySelector("tr[data-job='feedback-retention']")!;
        Assert.Contains("Succeeded", row.QuerySelector("[data-column='result']")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Never", row.QuerySelector("[data-column='last-run']")!.TextContent.Trim());
    }

    private static async Task WaitForRunAsync(BackOfficeFactory portal)
    {
        var log = portal.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.Jobs.JobRunLog>();
        for (var i = 0; i < 100; i++)
        {
            var runs = await log.RecentAsync("feedback-retention", 1);
            if (runs.Count == 1 && runs[0].EndedAt is not null)
            {
                Assert.True(runs[0].Succeeded, runs[0].Result);
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The job did not run");
    }
}
