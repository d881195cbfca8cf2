using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

public static class FormRenderingSetup
{
    /// <summary>The public side of forms: the renderer, the journey's progress, spam checks and the submissions store.</summary>
    public static IServiceCollection AddFormRendering(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<FormProgressStore>();
        services.AddSingleton<FormSubmissions>();
        services.AddSingleton<FormProgressCookie>();
        services.AddSingleton<FormHost>();
        services.AddSingleton<FormChoices>();
        services.AddSingleton<FormSteps>();
        services.AddSingleton<FormUploadCheck>();
        services.AddSingleton<FormStepReader>();
        services.AddSingleton<FormJourney>();
        services.AddSingleton<FormInlineRenderer>();
        return services;
    }
}
