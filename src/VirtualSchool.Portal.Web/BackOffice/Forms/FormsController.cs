using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Forms.Workflows;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// The form builder under <c>/umbraco/forms</c>, as Umbraco Forms' editors know it: forms in folders; a form's overview
/// with its pages, fieldsets and questions; one small screen (and one post) per page, fieldset, question, workflow,
/// the settings and the permissions. Every change is saved as a new version of the form with the version the screen
/// was read at, so a change someone else saved meanwhile is never overwritten; every change is audited. Each form's own
/// permissions (<see cref="FormAccess"/>) are checked on every action. This part: the list, folders, and creating,
/// copying, moving and deleting forms.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Forms)]
public sealed partial class FormsController(
    FormStore store,
    FormFolders folders,
    FormFieldTypeCollection fieldTypes,
    FormWorkflowTypeCollection workflowTypes,
    IPublishedContentCache published,
    IContentRepository content,
    IDbContextFactory<PortalDbContext> contexts,
    IOptions<PortalOptions> options,
    UserManager<BackOfficeUser> users,
    AuditLog audit) : BackOfficeController
{
    [HttpGet("umbraco/forms")]
    public async Task<IActionResult> Index()
    {
        var shown = new List<FormListRow>();
        foreach (var summary in await store.ListAsync(HttpContext.RequestAborted))
        {
            if (await store.GetAsync(summary.Key, HttpContext.RequestAborted) is { } form && FormAccess.Sees(User, form))
            {
                shown.Add(new FormListRow(summary, FormAccess.Allows(User, form, FormRight.Edit), FormAccess.Allows(User, form, FormRight.ViewEntries)));
            }
        }

        var canManage = User.IsInRole(BackOfficeRoles.Administrator) || User.IsInRole(BackOfficeRoles.Editor);
        return View(new FormListModel(await folders.ListAsync(HttpContext.RequestAborted), shown, canManage));
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/folders/new")]
    public async Task<IActionResult> CreateFolder(string? name, Guid? parent)
    {
        var errors = new FormErrors();
        var clean = FolderName(name, "folder-name", errors);
        if (parent is { } p && await folders.GetAsync(p, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            return await ListWithErrors(errors);
        }

        var folder = await folders.CreateAsync(clean!, parent, HttpContext.RequestAborted);
        await RecordAsync(AuditActions.FormFolderCreate, "form-folder", folder.Key, folder.Name, null);
        TempData["Message"] = $"The folder '{folder.Name}' has been created.";
        return Redirect("/umbraco/forms");
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpGet("umbraco/forms/folders/{key:guid}")]
    public async Task<IActionResult> Folder(Guid key) =>
        await folders.GetAsync(key, HttpContext.RequestAborted) is { } folder ? View("Folder", new FormFolderModel(folder, folder.Name)) : NotFound();

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/folders/{key:guid}/rename")]
    public async Task<IActionResult> RenameFolder(Guid key, string? name)
    {
        if (await folders.GetAsync(key, HttpContext.RequestAborted) is not { } folder)
        {
            return NotFound();
        }

        var errors = new FormErrors();
        var clean = FolderName(name, "name", errors);
        if (errors.Count > 0)
        {
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Folder", new FormFolderModel(folder, name ?? ""));
        }

        await folders.RenameAsync(key, clean!, HttpContext.RequestAborted);
        await RecordAsync(AuditActions.FormFolderRename, "form-folder", key, clean, $"was '{folder.Name}'");
        TempData["Message"] = $"The folder has been renamed '{clean}'.";
        return Redirect("/umbraco/forms");
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/folders/{key:guid}/delete")]
    public async Task<IActionResult> DeleteFolder(Guid key)
    {
        if (await folders.GetAsync(key, HttpContext.RequestAborted) is not { } folder)
        {
            return NotFound();
        }

        if (!await folders.DeleteAsync(key, HttpContext.RequestAborted))
        {
            TempData["Error"] = $"The folder '{folder.Name}' holds forms or folders: move or delete them first.";
            return Redirect("/umbraco/forms");
        }

        await RecordAsync(AuditActions.FormFolderDelete, "form-folder", key, folder.Name, null);
        TempData["Message"] = $"The folder '{folder.Name}' has been deleted.";
        return Redirect("/umbraco/forms");
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpGet("umbraco/forms/new")]
    public async Task<IActionResult> Create(Guid? folder) =>
        View("Create", new FormCreateModel("", folder, await folders.ListAsync(HttpContext.RequestAborted)));

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/new")]
    public async Task<IActionResult> Create(string? name, Guid? folder)
    {
        var errors = new FormErrors();
        var clean = FormName(name, errors);
        var all = await folders.ListAsync(HttpContext.RequestAborted);
        if (folder is { } f && all.All(x => x.Key != f))
        {
            errors.Add("folder", "Select a folder from the list");
        }

        if (errors.Count > 0)
        {
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Create", new FormCreateModel(name ?? "", folder, all));
        }

        var form = await store.CreateAsync(clean!, folder, User.Identity?.Name, HttpContext.RequestAborted);
        await RecordAsync(AuditActions.FormCreate, "form", form.Key, form.Name, null);
        TempData["Message"] = $"The form '{form.Name}' has been created. Add its questions.";
        return Redirect($"/umbraco/forms/{form.Key}");
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/{key:guid}/copy")]
    public async Task<IActionResult> Copy(Guid key)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return refused;
        }

        var copy = await store.CopyAsync(key, User.Identity?.Name, HttpContext.RequestAborted);
        if (copy is null)
        {
            return NotFound();
        }

        await RecordAsync(AuditActions.FormCopy, "form", copy.Key, copy.Name, $"copied from {key}");
        TempData["Message"] = $"The form has been copied as '{copy.Name}'.";
        return Redirect($"/umbraco/forms/{copy.Key}");
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpGet("umbraco/forms/{key:guid}/move")]
    public async Task<IActionResult> Move(Guid key)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return refused;
        }

        var form = (await store.GetAsync(key, HttpContext.RequestAborted))!;
        return View("Move", new FormMoveModel(form, await folders.ListAsync(HttpContext.RequestAborted)));
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/{key:guid}/move")]
    public async Task<IActionResult> Move(Guid key, Guid? folder)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return refused;
        }

        var all = await folders.ListAsync(HttpContext.RequestAborted);
        if (folder is { } f && all.All(x => x.Key != f))
        {
            return BadRequest();
        }

        await store.MoveAsync(key, folder, HttpContext.RequestAborted);
        var form = (await store.GetAsync(key, HttpContext.RequestAborted))!;
        var where = all.FirstOrDefault(x => x.Key == folder)?.Name ?? "the top level";
        await RecordAsync(AuditActions.FormMove, "form", key, form.Name, $"to {where}");
        TempData["Message"] = $"'{form.Name}' has been moved to {where}.";
        return Redirect("/umbraco/forms");
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpGet("umbraco/forms/{key:guid}/delete")]
    public async Task<IActionResult> Delete(Guid key)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return refused;
        }

        return View("Delete", (await store.GetAsync(key, HttpContext.RequestAborted))!);
    }

    [Authorize(Policy = BackOfficePolicies.ManageForms)]
    [HttpPost("umbraco/forms/{key:guid}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(Guid key)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return refused;
        }

        var form = (await store.GetAsync(key, HttpContext.RequestAborted))!;
        if (!await store.DeleteAsync(key, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        await RecordAsync(AuditActions.FormDelete, "form", key, form.Name, "with its entries and uploads");
        TempData["Message"] = $"The form '{form.Name}' has been deleted, with its entries.";
        return Redirect("/umbraco/forms");
    }

    private async Task<IActionResult> ListWithErrors(FormErrors errors)
    {
        var result = (ViewResult)await Index();
        ViewData["Errors"] = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }

    private static string? FolderName(string? name, string field, FormErrors errors)
    {
        var clean = name?.Trim() ?? "";
        if (clean.Length == 0)
        {
            errors.Add(field, "Enter a name for the folder");
        }
        else if (clean.Length > 200)
        {
            errors.Add(field, "The folder's name must be 200 characters or fewer");
        }

        return clean;
    }

    private static string? FormName(string? name, FormErrors errors)
    {
        var clean = name?.Trim() ?? "";
        if (clean.Length == 0)
        {
            errors.Add("name", "Enter a name for the form");
        }
        else if (clean.Length > FormDefinition.MaxNameLength)
        {
            errors.Add("name", $"The form's name must be {FormDefinition.MaxNameLength} characters or fewer");
        }

        return clean;
    }
}
