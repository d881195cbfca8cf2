using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>
/// For administrators, a warning with the number of workflow runs that gave up, linking to their list (nothing when there
/// are none, or for other roles): <c>@await Component.InvokeAsync("FormWorkflowFailures")</c> on the Forms section.
/// </summary>
public sealed class FormWorkflowFailuresViewComponent(FormWorkflowFailures failures) : ViewComponent
{
    public const string Name = "FormWorkflowFailures";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = User.IsInRole(BackOfficeRoles.Administrator) ? await failures.CountAsync(HttpContext.RequestAborted) : 0;
        return View("~/Areas/BackOffice/Views/FormEntries/_FailuresCount.cshtml", count);
    }
}
