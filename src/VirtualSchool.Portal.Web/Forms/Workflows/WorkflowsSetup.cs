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
    public static IServiceCollection AddFormWorkflows(this IServiceCollection services) =>
        services.AddSingleton<FormWorkflowTypeCollection>();
}
