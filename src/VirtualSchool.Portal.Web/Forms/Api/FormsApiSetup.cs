namespace VirtualSchool.Portal.Web.Forms.Api;

public static class FormsApiSetup
{
    public static IServiceCollection AddFormsApi(this IServiceCollection services) => services.AddSingleton<FormDefinitionJson>();
}
