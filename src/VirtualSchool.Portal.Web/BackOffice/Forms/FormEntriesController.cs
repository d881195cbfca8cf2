using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Forms;
using VirtualSchool.Portal.Web.Forms.Entries;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// A form's entries under <c>/umbraco/forms/{key}/entries</c>: the filtered, paged list with bulk approve, reject and
/// delete; one entry with its answers, uploads and workflow runs; exports (<c>.Export.cs</c>); uploads (<c>.Files.cs</c>);
/// and the administrators' workflow failures (<c>.Failures.cs</c>). Each action checks the user's right on that form
/// (<see cref="FormAccess"/>); sensitive answers are masked for users without the form's ViewSensitive right.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Forms)]
public sealed partial class FormEntriesController(
    FormStore forms,
    FormEntries entries,
    EntryAnswers answers,
    FormFieldTypeCollection fieldTypes,
    FormUploadFiles uploads,
    FormWorkflowFailures failures,
    Web.Forms.Workflows.FormWorkflowTypeCollection workflowTypes,
    AuditLog audit,
    UserManager<BackOfficeUser> users) : BackOfficeController
{
    public const int PageSize = 50;

    /// <summary>How many answers the list shows beside each entry (the rest are on the entry's page).</summary>
    private const int ListedAnswers = 3;

    [HttpGet("umbraco/forms/{key:guid}/entries")]
    public async Task<IActionResult> Index(Guid key, string? from, string? to, string? state, string? q, int page = 1)
    {
        if (await forms.GetAsync(key, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        return Allows(form, FormRight.ViewEntries) ? await ListAsync(form, new FormEntriesFilter(from, to, state, q, page), new FormErrors()) : Forbidden();
    }

    [HttpGet("umbraco/forms/{key:guid}/entries/{entryKey:guid}")]
    public async Task<IActionResult> Entry(Guid key, Guid entryKey)
    {
        if (await forms.GetAsync(key, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        if (!Allows(form, FormRight.ViewEntries))
        {
            return Forbidden();
        }

        if (await entries.GetAsync(key, entryKey, HttpContext.RequestAborted) is not { } entry)
        {
            return NotFound();
        }

        var filledIn = await forms.GetVersionAsync(key, entry.FormVersion, HttpContext.RequestAborted) ?? form;
        var rights = Rights(form);
        var files = await entries.FilesAsync(entry.Id, HttpContext.RequestAborted);
        var list = answers.For(filledIn, entry, rights.Sensitive ? SensitiveAnswers.Show : SensitiveAnswers.Mask)
            .Select(a => new FormEntryAnswerView(a, IsFile(a.Field) && !a.Masked ? files.Where(f => f.FieldKey == a.Field.Key).ToList() : []))
            .ToList();
        var runs = (await entries.RunsAsync(entry.Id, HttpContext.RequestAborted))
            .Select(r => new FormEntryRunView(r, WorkflowName(form, r.WorkflowKey)))
            .ToList();
        return View(new FormEntryViewModel(form, entry, list, runs, rights));
    }

    /// <summary>Approve, reject or delete the ticked entries; deleting asks first.</summary>
    [HttpPost("umbraco/forms/{key:guid}/entries/bulk")]
    public async Task<IActionResult> Bulk(Guid key, string? operation, [FromForm(Name = "entries")] List<Guid>? selected, string? confirm, string? from, string? to, string? state, string? q)
    {
        if (await forms.GetAsync(key, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        var filter = new FormEntriesFilter(from, to, state, q);
        var right = operation == "delete" ? FormRight.DeleteEntries : FormRight.ViewEntries;
        if (!Allows(form, FormRight.ViewEntries) || !Allows(form, right))
        {
            return Forbidden();
        }

        var keys = (selected ?? []).Distinct().Take(10_000).ToList();
        if (operation is not ("approve" or "reject" or "delete") || keys.Count == 0)
        {
            var errors = new FormErrors();
            errors.Add("entries", operation is "approve" or "reject" or "delete" ? "Select at least one entry" : "Choose what to do with the entries");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListAsync(form, filter, errors);
        }

        if (operation == "delete" && confirm != "yes")
        {
            return View("ConfirmDelete", new FormEntriesConfirmModel(form, keys, filter));
        }

        var done = operation switch
        {
            "approve" => await entries.SetStateAsync(form, keys, FormEntryState.Approved, HttpContext.RequestAborted),
            "reject" => await entries.SetStateAsync(form, keys, FormEntryState.Rejected, HttpContext.RequestAborted),
            _ => await entries.DeleteAsync(form.Key, keys, HttpContext.RequestAborted),
        };
        var (action, verb) = operation switch
        {
            "approve" => (AuditActions.FormEntriesApprove, "approved"),
            "reject" => (AuditActions.FormEntriesReject, "rejected"),
            _ => (AuditActions.FormEntriesDelete, "deleted"),
        };
        await RecordAsync(action, form, $"{done} of {keys.Count} selected entries {verb}: {string.Join(", ", keys.Take(50))}{(keys.Count > 50 ? ", …" : "")}");
        TempData["Message"] = done == 1 ? $"1 entry {verb}." : $"{done} entries {verb}.";
        return Redirect(operation == "delete" || keys.Count > 1 || Request.Form["back"] != "entry"
            ? ListUrl(form, filter)
            : $"/umbraco/forms/{form.Key}/entries/{keys[0]}");
    }

    private async Task<IActionResult> ListAsync(FormDefinition form, FormEntriesFilter filter, FormErrors errors)
    {
        var query = filter.Read(errors);
        var rights = Rights(form);
        var rows = new Paged<FormEntryRow>([], 0, 1, PageSize);
        if (errors.All(e => e.Field == "entries"))
        {
            // The filters are fine (a bulk action's own error still shows the list it was about).
            var found = await entries.QueryAsync(form.Key, query, filter.Page, PageSize, HttpContext.RequestAborted);
            var sensitive = rights.Sensitive ? SensitiveAnswers.Show : SensitiveAnswers.Mask;
            rows = new Paged<FormEntryRow>(
                found.Items.Select(e => new FormEntryRow(e, answers.For(form, e, sensitive).Take(ListedAnswers).ToList())).ToList(),
                found.Total, found.Page, found.PageSize);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        ViewData["Errors"] = errors;
        var columns = answers.AnswerFields(form).Take(ListedAnswers).Select(EntryAnswers.Caption).ToList();
        return View("Index", new FormEntriesViewModel(form, filter, rows, columns, rights, errors));
    }

    private static string ListUrl(FormDefinition form, FormEntriesFilter filter) =>
        $"/umbraco/forms/{form.Key}/entries" + (filter.QueryString is { Length: > 0 } qs ? "?" + qs : "");

    private bool Allows(FormDefinition form, FormRight right) => FormAccess.Allows(User, form, right);

    private FormEntryRights Rights(FormDefinition form) =>
        new(Allows(form, FormRight.Export), Allows(form, FormRight.DeleteEntries), Allows(form, FormRight.ViewSensitive));

    private bool IsFile(FormField field) => fieldTypes.Find(field.FieldTypeId)?.IsFile ?? false;

    private string WorkflowName(FormDefinition form, Guid workflowKey) =>
        form.Workflows.FirstOrDefault(w => w.Key == workflowKey) is { } w
            ? (string.IsNullOrWhiteSpace(w.Name) ? workflowTypes.Find(w.WorkflowTypeId)?.Name ?? "Workflow" : w.Name)
            : "(workflow removed)";

    private ViewResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Areas/BackOffice/Views/Account/Denied.cshtml");
    }

    private async Task RecordAsync(string action, FormDefinition form, string? detail)
    {
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(action, me?.Id.ToString(), me?.Email, "form", form.Key.ToString(), form.Name, detail, ClientAddress, HttpContext.RequestAborted);
    }
}
