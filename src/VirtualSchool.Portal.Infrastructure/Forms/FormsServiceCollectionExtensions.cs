using Microsoft.Extensions.DependencyInjection;

namespace VirtualSchool.Portal.Infrastructure.Forms;

public static class FormsServiceCollectionExtensions
{
    /// <summary>The forms module's storage: forms and folders, uploads, the change version and the workflow signal.</summary>
    public static IServiceCollection AddFormsInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<FormChanges>();
        services.AddSingleton<FormUploadFiles>();
        services.AddSingleton<FormStore>();
        services.AddSingleton<FormFolders>();
        services.AddSingleton<FormWorkflowSignal>();
        return services;
    }
}
