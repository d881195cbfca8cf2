using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Who may do what with the form (per right, by role) and how long its entries are kept.</summary>
public sealed partial class FormsController
{
    public const int MaxRetentionDays = 3650;

    [HttpGet("umbraco/forms/{key:guid}/permissions")]
    public async Task<IActionResult> Permissions(Guid key)
    {
        var (form, refused) = await EditableAsync(key);
        return form is null ? refused! : View("Permissions", new FormPermissionsModel(form, form.Permissions.Roles, form.Version));
    }

    [HttpPost("umbraco/forms/{key:guid}/permissions")]
    public async Task<IActionResult> Permissions(Guid key, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        var known = BackOfficeRoles.All.Select(r => r.Name).Where(r => r != BackOfficeRoles.Administrator).ToList();
        var roles = new Dictionary<FormRight, List<string>>();
        foreach (var right in Enum.GetValues<FormRight>())
        {
            var ticked = Request.Form[$"right-{right}"].Select(v => v ?? "").ToList();
            if (ticked.Any(r => r != BackOfficeRoles.Administrator && !known.Contains(r)))
            {
                return BadRequest();
            }

            roles[right] = known.Where(ticked.Contains).ToList();
        }

        var model = new FormPermissionsModel(form, roles, version.Value);
        form.Permissions = new FormPermissions { Roles = roles };
        var summary = string.Join("; ", roles.Select(r => $"{r.Key}: {(r.Value.Count == 0 ? "administrators only" : string.Join(", ", r.Value))}"));
        var status = await SaveAsync(form, version.Value, summary, AuditActions.FormPermissions);
        if (status == FormSaveStatus.Conflict)
        {
            return Again("Permissions", model with { Version = form.Version }, [], conflict: true);
        }

        TempData["Message"] = status == FormSaveStatus.Saved ? "The permissions have been saved." : "Nothing had changed.";
        return Redirect($"/umbraco/forms/{key}");
    }

    [HttpGet("umbraco/forms/{key:guid}/retention")]
    public async Task<IActionResult> Retention(Guid key)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        string Text(int? days) => days?.ToString(CultureInfo.InvariantCulture) ?? "";
        var r = form.Retention;
        return View("Retention", new FormRetentionModel(form, Text(r.SubmittedDays), Text(r.ApprovedDays), Text(r.RejectedDays), options.Value.Forms.RetentionDays, form.Version));
    }

    [HttpPost("umbraco/forms/{key:guid}/retention")]
    public async Task<IActionResult> Retention(Guid key, int? version, string? submitted, string? approved, string? rejected)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        var errors = new FormErrors();
        int? Days(string? text, string field, string state)
        {
            var clean = text?.Trim() ?? "";
            if (clean.Length == 0)
            {
                return null;
            }

            if (int.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxRetentionDays)
            {
                return days;
            }

            errors.Add(field, $"Days to keep {state} entries must be a whole number from 1 to {MaxRetentionDays:N0}, or empty for the default");
            return null;
        }

        var retention = new FormRetention { SubmittedDays = Days(submitted, "submitted", "submitted"), ApprovedDays = Days(approved, "approved", "approved"), RejectedDays = Days(rejected, "rejected", "rejected") };
        var model = new FormRetentionModel(form, submitted ?? "", approved ?? "", rejected ?? "", options.Value.Forms.RetentionDays, version.Value);
        if (errors.Count > 0)
        {
            return Again("Retention", model, errors);
        }

        form.Retention = retention;
        var status = await SaveAsync(form, version.Value, $"retention: submitted {submitted}, approved {approved}, rejected {rejected} (days; empty = default)");
        if (status == FormSaveStatus.Conflict)
        {
            return Again("Retention", model with { Version = form.Version }, errors, conflict: true);
        }

        TempData["Message"] = status == FormSaveStatus.Saved ? "How long entries are kept has been saved." : "Nothing had changed.";
        return Redirect($"/umbraco/forms/{key}");
    }
}
