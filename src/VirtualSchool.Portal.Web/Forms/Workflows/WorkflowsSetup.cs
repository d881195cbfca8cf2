using VirtualSchool.Portal.Web.Jobs;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

public static class WorkflowsSetup
{
    /// <summary>Registers a workflow type (one class per kind of workflow).</summary>
    public static IServiceCollection AddFormWorkflowType<TWorkflowType>(this IServiceCollection services)
        where TWorkflowType : FormWorkflowType
    {
        services.AddSingleton<TWorkflowType>();
        services.AddSingleton<FormWorkflowType>(sp => sp.GetRequiredService<TWorkflowType>());
        return services;
    }

    /// <summary>The workflow types and the runner that works through the queue.</summary>
    public static IServiceCollection AddFormWorkflows(this IServiceCollection services)
    {
        services.AddHttpClient(PostToUrlWorkflow.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<WorkflowEmails>();
        services
            .AddFormWorkflowType<SendEmailWorkflow>()
            .AddFormWorkflowType<SendConfirmationWorkflow>()
            .AddFormWorkflowType<PostToUrlWorkflow>()
            .AddFormWorkflowType<SaveAsContentWorkflow>();
        services.AddSingleton<FormWorkflowTypeCollection>();
        services.AddSingleton<FormWorkflowRunner>();
        services.AddHostedService<FormWorkflowWorker>();
        services.AddPortalJob<FormWorkflowJob>(FormWorkflowJob.Name, "Runs the forms' workflows that are due: retries with back-off, and any another server left", JobSchedule.Every(TimeSpan.FromMinutes(1), "every-minute"));
        return services;
    }
}
