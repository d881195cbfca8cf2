using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Jobs;

namespace VirtualSchool.Portal.Web.Forms.Entries;

public static class FormEntriesSetup
{
    /// <summary>Entries (list, approve, reject, delete, export), workflow failures, and the jobs that keep the retention promises.</summary>
    public static IServiceCollection AddFormEntries(this IServiceCollection services)
    {
        services.AddSingleton<FormEntries>();
        services.AddSingleton<FormWorkflowFailures>();
        services.AddSingleton<FormRetentionPurge>();
        services.AddSingleton<FormProgressPurge>();
        services.AddSingleton<EntryAnswers>();
        services.AddPortalJob<FormRetentionJob>(FormRetentionJob.Name, "Deletes form entries older than their form's retention period, with their uploads", JobSchedule.DailyUk(3, 45));
        services.AddPortalJob<FormProgressPurgeJob>(FormProgressPurgeJob.Name, "Erases expired answers part-way through forms and upload files that belong to nothing", JobSchedule.Every(TimeSpan.FromHours(1), "hourly"));
        return services;
    }
}
