using Microsoft.Extensions.Options;
using Quartz;

namespace VirtualSchool.Portal.Web.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// The job scheduler: Quartz on its persistent store in the portal's database (clustered when nodes share it),
    /// with every run recorded for the back office's Jobs screen. Features add their jobs with
    /// <see cref="PortalJobs.AddPortalJob{TJob}"/>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobRunHistory>();
        services.AddSingleton<IPostConfigureOptions<DataSourceOptions>, QuartzStore.DataSource>();
        services.AddSingleton<IPostConfigureOptions<QuartzOptions>, QuartzStore.Clustering>();
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(QuartzStore.Configure);
            q.AddJobListener(sp => sp.GetRequiredService<JobRunHistory>());
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
