using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Quartz;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Jobs;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Jobs;

/// <summary>The scheduled jobs: what they do, how their last run went, when they next run, and "Run now".</summary>
[Authorize(Policy = BackOfficePolicies.RunJobs)]
public sealed class JobsController(ISchedulerFactory schedulers, JobRunLog history, UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    [HttpGet("umbraco/jobs")]
    public async Task<IActionResult> Index()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var latest = await history.LatestAsync(cancellationToken);
        var rows = new List<JobRow>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            rows.Add(new JobRow(key.Group, key.Name, detail?.Description, latest.GetValueOrDefault(key.Name), next?.UtcDateTime));
        }

        return View(rows);
    }

    [HttpPost("umbraco/jobs/run")]
    public async Task<IActionResult> Run(string? group, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return NotFound();
        }

        var cancellationToken = HttpContext.RequestAborted;
        var key = new JobKey(name, string.IsNullOrEmpty(group) ? JobKey.DefaultGroup : group);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(key, cancellationToken))
        {
            return NotFound();
        }

        await scheduler.TriggerJob(key, cancellationToken);
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.JobRun, me?.Id.ToString(), me?.Email, "job", key.ToString(), key.Name, "run now", ClientAddress, cancellationToken);
        TempData["Message"] = $"The job {key.Name} has been started. Refresh this page to see how it went.";
        return Redirect("/umbraco/jobs");
    }
}
