using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>How long one form's entries are kept, per state, as a GOV.UK summary list (for the form's overview):
/// <c>@await Component.InvokeAsync("FormRetention", new { form })</c>.</summary>
public sealed class FormRetentionViewComponent(IOptions<PortalOptions> options) : ViewComponent
{
    public const string Name = "FormRetention";

    public IViewComponentResult Invoke(FormDefinition form) =>
        View("~/Areas/BackOffice/Views/FormEntries/_Retention.cshtml", FormRetentionPeriods.For(form, options.Value.Forms.RetentionDays));
}
