using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>Ready when the database answers with no pending migration, content is loaded and the scheduler runs.</summary>
public sealed class ReadinessCheck(
    IDbContextFactory<PortalDbContext> contexts,
    IServiceScopeFactory scopes,
    PortalInitialiser initialiser,
    BackOffice.BackOfficeInitialiser backOffice,
    Members.MembersInitialiser members,
    ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<BackOffice.Persistence.BackOfficeDbContext>();
            var memberStore = scope.ServiceProvider.GetRequiredService<Members.Persistence.MembersDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken))
                .Concat(await users.Database.GetPendingMigrationsAsync(cancellationToken))
                .Concat(await memberStore.Database.GetPendingMigrationsAsync(cancellationToken))
                .ToList();
            data["pendingMigrations"] = pending.Count;
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy("Database migrations are pending.", data: data);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
        }

        // The members' initialiser loads the public access rules: until then protected content cannot be checked.
        if (!initialiser.Ready || !backOffice.Ready || !members.Ready)
        {
            return HealthCheckResult.Unhealthy("Content is still loading.", data: data);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        data["scheduler"] = status.ToString();
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("Ready", data)
            : HealthCheckResult.Unhealthy("The job scheduler is not running.", data: data);
    }
}
