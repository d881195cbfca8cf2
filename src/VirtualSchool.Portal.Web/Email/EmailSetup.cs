using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.Jobs;

namespace VirtualSchool.Portal.Web.Email;

public static class EmailSetup
{
    /// <summary>
    /// The web features' email templates (each feature's <c>EmailTemplates/</c> folder, embedded in this assembly)
    /// and the job that sends the outbox, woken when a save queues mail.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddSingleton(new EmailTemplateSource(typeof(EmailSetup).Assembly));
        services.AddSingleton<OutboxJob.Signal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxJob.Signal>());
        services.AddPortalJob<OutboxJob>(OutboxJob.Name, "Sends queued email, retrying with back-off when the mail server is unavailable", JobSchedule.Every(TimeSpan.FromMinutes(1), "every-minute"));
        return services;
    }
}
