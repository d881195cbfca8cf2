using Quartz;

namespace VirtualSchool.Portal.Web.Jobs;

/// <summary>The one way a feature registers a scheduled job, from its own setup.</summary>
public static class PortalJobs
{
    /// <summary>
    /// Adds <typeparamref name="TJob"/> to the portal's scheduler under <paramref name="name"/> (its key, shown on the
    /// back office's Jobs screen and in the run history), with one trigger named <c>{name}-{schedule suffix}</c>.
    /// Quartz applies it to the scheduler whether the feature's setup runs before or after <c>AddQuartz</c>.
    /// </summary>
    public static IServiceCollection AddPortalJob<TJob>(this IServiceCollection services, string name, string description, JobSchedule schedule)
        where TJob : IJob
    {
        services.ConfigureAllQuartzSchedulers(q =>
        {
            var key = new JobKey(name);
            q.AddJob<TJob>(j => j.WithIdentity(key).WithDescription(description));
            q.AddTrigger(t =>
            {
                t.ForJob(key).WithIdentity(name + "-" + schedule.TriggerSuffix);
                schedule.Apply(t);
            });
        });
        return services;
    }
}
