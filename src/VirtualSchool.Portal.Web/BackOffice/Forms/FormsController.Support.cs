using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>The builder's shared steps: the per-form checks, saving with the version read, and the audit.</summary>
public sealed partial class FormsController
{
    /// <summary>The message when someone else saved the form since the screen was read.</summary>
    public const string ConflictMessage =
        "Someone else saved this form while you were editing it. Nothing has been saved: your changes are still below; check them and save again.";

    /// <summary>Null when the user has the right on the form; else 404 (the form is not theirs to see) or 403.</summary>
    private async Task<IActionResult?> AccessAsync(Guid key, FormRight right)
    {
        var form = await store.GetAsync(key, HttpContext.RequestAborted);
        if (form is null || !FormAccess.Sees(User, form))
        {
            return NotFound();
        }

        return FormAccess.Allows(User, form, right) ? null : Forbidden();
    }

    /// <summary>A copy of the form to change, when the user may edit it; else the answer to give.</summary>
    private async Task<(FormDefinition? Form, IActionResult? Refused)> EditableAsync(Guid key)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return (null, refused);
        }

        var form = await store.GetForEditAsync(key, HttpContext.RequestAborted);
        return form is null ? (null, NotFound()) : (form, null);
    }

    private ViewResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Areas/BackOffice/Views/Account/Denied.cshtml");
    }

    /// <summary>
    /// Saves a changed copy as read at <paramref name="version"/>: Saved (audited) or Unchanged, or Conflict when someone
    /// saved it since (the copy's version then becomes the current one, so that saving again takes their change in).
    /// </summary>
    private async Task<FormSaveStatus> SaveAsync(FormDefinition form, int version, string what, string action = AuditActions.FormEdit)
    {
        var current = form.Version;
        if (version != current)
        {
            return FormSaveStatus.Conflict;
        }

        var status = await store.SaveAsync(form, User.Identity?.Name, HttpContext.RequestAborted);
        if (status == FormSaveStatus.Saved)
        {
            await RecordAsync(action, "form", form.Key, form.Name, what);
        }
        else if (status == FormSaveStatus.Conflict && await store.GetAsync(form.Key, HttpContext.RequestAborted) is { } now)
        {
            form.Version = now.Version;
        }

        return status;
    }

    /// <summary>Shows a screen again with its errors: 409 when the form changed under it, 400 for bad input.</summary>
    private ViewResult Again(string view, object model, FormErrors errors, bool conflict = false)
    {
        if (conflict)
        {
            errors.Insert(0, new Core.FormError("version", ConflictMessage));
        }

        ViewData["Errors"] = errors;
        Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(view, model);
    }

    /// <summary>After a small change (add, move, remove): back to the overview, saying what happened.</summary>
    private async Task<IActionResult> ChangedAsync(FormDefinition form, int version, string what, string message)
    {
        var status = await SaveAsync(form, version, what);
        if (status == FormSaveStatus.NotFound)
        {
            return NotFound();
        }

        if (status == FormSaveStatus.Conflict)
        {
            TempData["Error"] = "Someone else saved this form meanwhile, so nothing was changed. Here is the form as it is now: try again.";
        }
        else
        {
            TempData["Message"] = message;
        }

        return Redirect($"/umbraco/forms/{form.Key}");
    }

    private async Task RecordAsync(string action, string itemType, Guid itemKey, string? itemName, string? detail)
    {
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(action, me?.Id.ToString(), me?.Email, itemType, itemKey.ToString(), itemName, detail, ClientAddress, HttpContext.RequestAborted);
    }
}
