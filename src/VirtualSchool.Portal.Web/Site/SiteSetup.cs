using VirtualSchool.Portal.Infrastructure.Email;

namespace VirtualSchool.Portal.Web.Site;

/// <summary>The council service's furniture: header and phase settings, the settings content quotes, email footers.</summary>
public static class SiteSetup
{
    public static IServiceCollection AddSiteFurniture(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConfiguredValues>();
        services.AddSingleton<IEmailFooterLinks, EmailFooterLinks>();
        return services;
    }
}
