using VirtualSchool.Portal.Web.Forms.Entries;
using VirtualSchool.Portal.Web.Forms.Api;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Forms.Rendering;
using VirtualSchool.Portal.Web.Forms.Workflows;

namespace VirtualSchool.Portal.Web.Forms;

/// <summary>
/// The forms module (docs/forms.md): field types, the public renderer, entries, workflows and the headless API. Its
/// storage is the infrastructure's (<c>Infrastructure/Forms</c>); its back-office screens are in <c>BackOffice/Forms/</c>.
/// </summary>
public static class FormsSetup
{
    /// <summary>Form posts (each step and the submit) share this per-address limit (<c>Portal:Forms:PermitsPerMinute</c>).</summary>
    public const string RateLimitPolicy = "forms";

    public static WebApplicationBuilder AddForms(this WebApplicationBuilder builder)
    {
        builder.Services.AddFormFieldTypes();
        builder.Services.AddFormWorkflows();
        builder.Services.AddFormEntries();
        builder.Services.AddFormRendering();
        builder.Services.AddFormsApi();
        return builder;
    }

    public static WebApplication MapForms(this WebApplication app) => app.MapFormsApi();
}
