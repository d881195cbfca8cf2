using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// Administrators' list of workflow runs that gave up (an email that could not be queued, a URL that kept failing, a
/// page that could not be saved), with the error; each can be tried again or dismissed, and both are audited.
/// </summary>
public sealed partial class FormEntriesController
{
    [HttpGet("umbraco/forms/workflow-failures")]
    public async Task<IActionResult> WorkflowFailures(int page = 1)
    {
        if (!User.IsInRole(BackOfficeRoles.Administrator))
        {
            return Forbidden();
        }

        if (page is < 1 or > 100_000)
        {
            return BadRequest();
        }

        var found = await failures.ListAsync(page, PageSize, HttpContext.RequestAborted);
        var rows = new List<WorkflowFailureRow>(found.Items.Count);
        foreach (var run in found.Items)
        {
            var form = await forms.GetAsync(run.FormKey, HttpContext.RequestAborted);
            var entry = await entries.EntryKeyAsync(run.EntryId, HttpContext.RequestAborted);
            rows.Add(new WorkflowFailureRow(run, form?.Name ?? "(form deleted)", form is null ? "(form deleted)" : WorkflowName(form, run.WorkflowKey), entry));
        }

        return View(new WorkflowFailuresViewModel(new Paged<WorkflowFailureRow>(rows, found.Total, found.Page, found.PageSize)));
    }

    [HttpPost("umbraco/forms/workflow-failures/{id:long}/retry")]
    public Task<IActionResult> RetryWorkflow(long id) => FailureActionAsync(id, retry: true);

    [HttpPost("umbraco/forms/workflow-failures/{id:long}/dismiss")]
    public Task<IActionResult> DismissWorkflow(long id) => FailureActionAsync(id, retry: false);

    private async Task<IActionResult> FailureActionAsync(long id, bool retry)
    {
        if (!User.IsInRole(BackOfficeRoles.Administrator))
        {
            return Forbidden();
        }

        if (await failures.GetAsync(id, HttpContext.RequestAborted) is not { } run)
        {
            return NotFound();
        }

        var changed = retry
            ? await failures.RetryAsync([id], HttpContext.RequestAborted)
            : await failures.DismissAsync([id], HttpContext.RequestAborted);
        if (changed > 0)
        {
            var form = await forms.GetAsync(run.FormKey, HttpContext.RequestAborted);
            var me = await users.GetUserAsync(User);
            await audit.RecordAsync(retry ? AuditActions.FormWorkflowRetry : AuditActions.FormWorkflowDismiss, me?.Id.ToString(), me?.Email,
                "form-workflow-run", id.ToString(System.Globalization.CultureInfo.InvariantCulture), form?.Name,
                $"workflow {run.WorkflowKey}, entry {run.EntryId}: {run.LastError}", ClientAddress, HttpContext.RequestAborted);
            TempData["Message"] = retry ? "The workflow will be tried again now." : "The failure has been dismissed.";
        }

        return Redirect("/umbraco/forms/workflow-failures");
    }
}
