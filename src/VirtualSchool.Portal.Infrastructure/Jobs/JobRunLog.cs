using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Jobs;

/// <summary>
/// The jobs' run history, kept in the portal's database so the back office's jobs page still says what last
/// night's run did after a restart or on another node. The newest <see cref="Keep"/> runs of each job are kept.
/// </summary>
public sealed class JobRunLog(IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    public const int Keep = 50;

    public async Task<long> StartedAsync(string jobName, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var run = new JobRunEntry { JobName = Trim(jobName, 200)!, StartedAt = clock.GetUtcNow().UtcDateTime };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    public async Task EndedAsync(long runId, string jobName, bool succeeded, string? result, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var text = Trim(result, 1000);
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.EndedAt, now).SetProperty(r => r.Succeeded, succeeded).SetProperty(r => r.Result, text),
            cancellationToken);
        var oldest = await db.JobRuns.Where(r => r.JobName == jobName).OrderByDescending(r => r.Id).Skip(Keep).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (oldest is not null)
        {
            await db.JobRuns.Where(r => r.JobName == jobName && r.Id <= oldest).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Each job's latest run.</summary>
    public async Task<IReadOnlyDictionary<string, JobRunEntry>> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var latestIds = db.JobRuns.GroupBy(r => r.JobName).Select(g => g.Max(r => r.Id));
        var runs = await db.JobRuns.AsNoTracking().Where(r => latestIds.Contains(r.Id)).ToListAsync(cancellationToken);
        return runs.ToDictionary(r => r.JobName, StringComparer.Ordinal);
    }

    /// <summary>A job's recent runs, newest first.</summary>
    public async Task<IReadOnlyList<JobRunEntry>> RecentAsync(string jobName, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().Where(r => r.JobName == jobName).OrderByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
    }

    private static string? Trim(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
