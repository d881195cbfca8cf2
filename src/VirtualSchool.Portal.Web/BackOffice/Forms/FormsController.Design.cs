using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>The form's overview, its name and settings, and its pages and fieldsets.</summary>
public sealed partial class FormsController
{
    private const int MaxCaptionLength = 500;

    [HttpGet("umbraco/forms/{key:guid}")]
    public async Task<IActionResult> Design(Guid key)
    {
        if (await AccessAsync(key, FormRight.Edit) is { } refused)
        {
            return refused;
        }

        var form = (await store.GetAsync(key, HttpContext.RequestAborted))!;
        var goTo = form.Settings.GoToPageOnSubmit is { } page ? published.GetByKey(page)?.Name ?? "a page that is no longer published" : null;
        var canManage = User.IsInRole(BackOfficeRoles.Administrator) || User.IsInRole(BackOfficeRoles.Editor);
        return View("Design", new FormOverviewModel(form, fieldTypes, workflowTypes, options.Value.Forms.RetentionDays, canManage, goTo));
    }

    [HttpGet("umbraco/forms/{key:guid}/settings")]
    public async Task<IActionResult> Settings(Guid key)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        var picker = PagePicker.Showing("goto", "Page to go to after a submit", form.Settings.GoToPageOnSubmit, published);
        return View("Settings", new FormSettingsModel(form, form.Name, form.Settings, picker, form.Version));
    }

    [HttpPost("umbraco/forms/{key:guid}/settings")]
    public async Task<IActionResult> Settings(Guid key, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        var errors = new FormErrors();
        var posted = Request.Form;
        var name = posted["name"].ToString().Trim();
        if (name.Length == 0 || name.Length > FormDefinition.MaxNameLength)
        {
            errors.Add("name", name.Length == 0 ? "Enter a name for the form" : $"The form's name must be {FormDefinition.MaxNameLength} characters or fewer");
        }

        var settings = FormSettingsReader.Read(posted, errors);
        var (goTo, picker) = PagePicker.Read(posted, "goto", "Page to go to after a submit", published, errors);
        settings.GoToPageOnSubmit = goTo;
        var model = new FormSettingsModel(form, name, settings, picker, version.Value);
        if (PagePicker.IsSearch(posted))
        {
            ViewData["Errors"] = errors.Count > 0 ? errors : null;
            return View("Settings", model);
        }

        if (errors.Count > 0)
        {
            return Again("Settings", model, errors);
        }

        form.Name = name;
        form.Settings = settings;
        var status = await SaveAsync(form, version.Value, "name and settings");
        if (status == FormSaveStatus.Conflict)
        {
            return Again("Settings", model with { Version = form.Version }, errors, conflict: true);
        }

        TempData["Message"] = status == FormSaveStatus.Saved ? "The settings have been saved." : "Nothing had changed.";
        return Redirect($"/umbraco/forms/{key}");
    }

    [HttpPost("umbraco/forms/{key:guid}/pages/new")]
    public async Task<IActionResult> AddPage(Guid key, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        form.Pages.Add(new FormPage { Fieldsets = [new FormFieldset()] });
        return await ChangedAsync(form, version.Value, "page added", $"Page {form.Pages.Count} has been added.");
    }

    [HttpPost("umbraco/forms/{key:guid}/pages/{page:guid}/move")]
    public async Task<IActionResult> MovePage(Guid key, Guid page, int? version, string? direction)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null || FormDesign.Direction(direction) is not { } by)
        {
            return refused ?? BadRequest();
        }

        return FormDesign.Page(form, page) is { } found && FormDesign.Shift(form.Pages, found, by)
            ? await ChangedAsync(form, version.Value, "page moved", $"'{FormDesign.PageName(form, found)}' has been moved {direction}.")
            : BadRequest();
    }

    [HttpPost("umbraco/forms/{key:guid}/pages/{page:guid}/remove")]
    public async Task<IActionResult> RemovePage(Guid key, Guid page, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (FormDesign.Page(form, page) is not { } found)
        {
            return NotFound();
        }

        var problem = form.Pages.Count == 1 ? "A form needs at least one page."
            : found.Fieldsets.Any(s => s.Fields.Count > 0) ? $"'{FormDesign.PageName(form, found)}' still has questions: move or remove them first." : null;
        if (problem is not null)
        {
            TempData["Error"] = problem;
            return Redirect($"/umbraco/forms/{key}");
        }

        var name = FormDesign.PageName(form, found);
        form.Pages.Remove(found);
        return await ChangedAsync(form, version.Value, "page removed", $"'{name}' has been removed.");
    }

    [HttpPost("umbraco/forms/{key:guid}/pages/{page:guid}/fieldsets/new")]
    public async Task<IActionResult> AddFieldset(Guid key, Guid page, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (FormDesign.Page(form, page) is not { } found)
        {
            return NotFound();
        }

        found.Fieldsets.Add(new FormFieldset());
        return await ChangedAsync(form, version.Value, "fieldset added", $"A fieldset has been added to '{FormDesign.PageName(form, found)}'.");
    }

    [HttpPost("umbraco/forms/{key:guid}/fieldsets/{fieldset:guid}/move")]
    public async Task<IActionResult> MoveFieldset(Guid key, Guid fieldset, int? version, string? direction)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null || FormDesign.Direction(direction) is not { } by)
        {
            return refused ?? BadRequest();
        }

        return FormDesign.Fieldset(form, fieldset) is { } found && FormDesign.Shift(found.Page.Fieldsets, found.Fieldset, by)
            ? await ChangedAsync(form, version.Value, "fieldset moved", $"The fieldset has been moved {direction}.")
            : BadRequest();
    }

    [HttpPost("umbraco/forms/{key:guid}/fieldsets/{fieldset:guid}/remove")]
    public async Task<IActionResult> RemoveFieldset(Guid key, Guid fieldset, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (FormDesign.Fieldset(form, fieldset) is not { } found)
        {
            return NotFound();
        }

        if (found.Fieldset.Fields.Count > 0)
        {
            TempData["Error"] = "That fieldset still has questions: move or remove them first.";
            return Redirect($"/umbraco/forms/{key}");
        }

        found.Page.Fieldsets.Remove(found.Fieldset);
        return await ChangedAsync(form, version.Value, "fieldset removed", "The fieldset has been removed.");
    }

    [HttpGet("umbraco/forms/{key:guid}/pages/{element:guid}")]
    public Task<IActionResult> Page(Guid key, Guid element) => ElementAsync(key, "page", element);

    [HttpGet("umbraco/forms/{key:guid}/fieldsets/{element:guid}")]
    public Task<IActionResult> Fieldset(Guid key, Guid element) => ElementAsync(key, "fieldset", element);

    [HttpPost("umbraco/forms/{key:guid}/pages/{element:guid}")]
    public Task<IActionResult> Page(Guid key, Guid element, int? version) => SaveElementAsync(key, "page", element, version);

    [HttpPost("umbraco/forms/{key:guid}/fieldsets/{element:guid}")]
    public Task<IActionResult> Fieldset(Guid key, Guid element, int? version) => SaveElementAsync(key, "fieldset", element, version);

    private async Task<IActionResult> ElementAsync(Guid key, string kind, Guid element)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        if (Element(form, kind, element) is not { } found)
        {
            return NotFound();
        }

        var editor = ConditionEditor.For(form, found.Condition, found.Inside, StoresValue);
        return View("Element", new ElementEditModel(form, kind, element, found.Caption, editor, form.Version));
    }

    private async Task<IActionResult> SaveElementAsync(Guid key, string kind, Guid element, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (Element(form, kind, element) is not { } found)
        {
            return NotFound();
        }

        var errors = new FormErrors();
        var caption = Request.Form["caption"].ToString().Trim();
        if (caption.Length > MaxCaptionLength)
        {
            errors.Add("caption", $"The {(kind == "page" ? "heading" : "legend")} must be {MaxCaptionLength} characters or fewer");
        }

        var condition = ConditionEditor.Read(Request.Form, form, found.Inside, errors);
        var more = Request.Form["more"] == "rules" ? 2 : 0;
        var model = new ElementEditModel(form, kind, element, caption, ConditionEditor.For(form, condition, found.Inside, StoresValue, 2 + more), version.Value);
        if (more > 0)
        {
            return View("Element", model);
        }

        if (errors.Count > 0)
        {
            return Again("Element", model, errors);
        }

        found.Apply(caption, condition);
        var status = await SaveAsync(form, version.Value, $"{kind} '{caption}' changed");
        if (status == FormSaveStatus.Conflict)
        {
            return Again("Element", model with { Version = form.Version }, errors, conflict: true);
        }

        TempData["Message"] = $"The {kind} has been saved.";
        return Redirect($"/umbraco/forms/{key}");
    }

    /// <summary>A page or fieldset: its caption, condition and the fields in it, and how to set them.</summary>
    private static (string Caption, FormCondition? Condition, IReadOnlyCollection<Guid> Inside, Action<string, FormCondition?> Apply)? Element(FormDefinition form, string kind, Guid key)
    {
        if (kind == "page" && FormDesign.Page(form, key) is { } page)
        {
            return (page.Caption, page.Condition, page.Fieldsets.SelectMany(s => s.Fields).Select(f => f.Key).ToHashSet(), (c, k) => (page.Caption, page.Condition) = (c, k));
        }

        if (kind == "fieldset" && FormDesign.Fieldset(form, key) is { } set)
        {
            var s = set.Fieldset;
            return (s.Caption, s.Condition, s.Fields.Select(f => f.Key).ToHashSet(), (c, k) => (s.Caption, s.Condition) = (c, k));
        }

        return null;
    }

    private bool StoresValue(FormField field) => fieldTypes.Find(field.FieldTypeId)?.StoresValue ?? true;
}
