using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.Workflows;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Workflows per stage (on submit, approve, reject): adding one of a registered type, editing, removing.</summary>
public sealed partial class FormsController
{
    [HttpGet("umbraco/forms/{key:guid}/workflows/new")]
    public async Task<IActionResult> AddWorkflow(Guid key, FormEntryState? stage, Guid? type)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        if (stage is not { } at || !Enum.IsDefined(at))
        {
            return BadRequest();
        }

        if (type is null || workflowTypes.Find(type.Value) is not { } chosen)
        {
            ViewData["Errors"] = type is null ? null : new FormErrors { { "type", "Select a type of workflow" } };
            return View("WorkflowType", (form, at, workflowTypes));
        }

        var sort = form.Workflows.Where(w => w.ExecutesOn == at).Select(w => w.SortOrder + 1).DefaultIfEmpty(0).Max();
        var workflow = new FormWorkflow { Name = chosen.Name, WorkflowTypeId = chosen.Id, ExecutesOn = at, SortOrder = sort };
        return View("Workflow", await WorkflowModelAsync(form, workflow, chosen, isNew: true, form.Version, null));
    }

    [HttpPost("umbraco/forms/{key:guid}/workflows/new")]
    public async Task<IActionResult> AddWorkflow(Guid key, FormEntryState? stage, Guid? type, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null || stage is not { } at || !Enum.IsDefined(at) || type is null || workflowTypes.Find(type.Value) is not { } chosen)
        {
            return refused ?? BadRequest();
        }

        return await SaveWorkflowAsync(form, chosen, new FormWorkflow { WorkflowTypeId = chosen.Id, ExecutesOn = at }, isNew: true, version.Value);
    }

    [HttpGet("umbraco/forms/{key:guid}/workflows/{workflow:guid}")]
    public async Task<IActionResult> Workflow(Guid key, Guid workflow)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        if (form.Workflows.FirstOrDefault(w => w.Key == workflow) is not { } found || workflowTypes.Find(found.WorkflowTypeId) is not { } type)
        {
            return NotFound();
        }

        return View("Workflow", await WorkflowModelAsync(form, found, type, isNew: false, form.Version, null));
    }

    [HttpPost("umbraco/forms/{key:guid}/workflows/{workflow:guid}")]
    public async Task<IActionResult> Workflow(Guid key, Guid workflow, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (form.Workflows.FirstOrDefault(w => w.Key == workflow) is not { } found || workflowTypes.Find(found.WorkflowTypeId) is not { } type)
        {
            return NotFound();
        }

        return await SaveWorkflowAsync(form, type, found, isNew: false, version.Value);
    }

    [HttpPost("umbraco/forms/{key:guid}/workflows/{workflow:guid}/remove")]
    public async Task<IActionResult> RemoveWorkflow(Guid key, Guid workflow, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (form.Workflows.FirstOrDefault(w => w.Key == workflow) is not { } found)
        {
            return NotFound();
        }

        form.Workflows.Remove(found);
        return await ChangedAsync(form, version.Value, $"workflow '{found.Name}' removed", $"The workflow '{found.Name}' has been removed.");
    }

    private async Task<IActionResult> SaveWorkflowAsync(FormDefinition form, FormWorkflowType type, FormWorkflow stored, bool isNew, int version)
    {
        var posted = Request.Form;
        var errors = new FormErrors();
        var workflow = new FormWorkflow
        {
            Key = stored.Key,
            WorkflowTypeId = type.Id,
            Name = posted["name"].ToString().Trim(),
            Active = posted["active"].Any(v => v is "true" or "on"),
            IncludeSensitiveData = posted["includeSensitiveData"].Any(v => v is "true" or "on"),
            ExecutesOn = Enum.TryParse<FormEntryState>(posted["executesOn"], out var stage) && Enum.IsDefined(stage) ? stage : stored.ExecutesOn,
        };
        if (workflow.Name.Length is 0 or > 200)
        {
            errors.Add("name", workflow.Name.Length == 0 ? "Enter a name for the workflow" : "The name must be 200 characters or fewer");
        }

        var sort = posted["sortOrder"].ToString().Trim();
        if (sort.Length > 0 && !int.TryParse(sort, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order))
        {
            errors.Add("sortOrder", "The order must be a whole number, like 1");
        }
        else
        {
            workflow.SortOrder = sort.Length == 0 ? stored.SortOrder : int.Parse(sort, CultureInfo.InvariantCulture);
        }

        var pickers = new Dictionary<string, PagePicker>(StringComparer.OrdinalIgnoreCase);
        var documentTypes = (await ListDocumentTypesAsync()).Select(d => d.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        workflow.Settings = SettingsReader.Read(type.Settings, posted, form, documentTypes, published, pickers, errors);
        if (errors.Count == 0)
        {
            foreach (var problem in type.Check(workflow, form))
            {
                errors.Add("name", problem);
            }
        }

        var model = await WorkflowModelAsync(form, workflow, type, isNew, version, pickers);
        if (PagePicker.IsSearch(posted))
        {
            return View("Workflow", model);
        }

        if (errors.Count > 0)
        {
            return Again("Workflow", model, errors);
        }

        form.Workflows.RemoveAll(w => w.Key == workflow.Key);
        form.Workflows.Add(workflow);
        var status = await SaveAsync(form, version, $"workflow '{workflow.Name}' {(isNew ? "added" : "changed")}");
        if (status == FormSaveStatus.Conflict)
        {
            return Again("Workflow", model with { Version = form.Version }, errors, conflict: true);
        }

        TempData["Message"] = $"The workflow '{workflow.Name}' has been {(isNew ? "added" : "saved")}.";
        return Redirect($"/umbraco/forms/{form.Key}");
    }

    private async Task<FormWorkflowModel> WorkflowModelAsync(FormDefinition form, FormWorkflow workflow, FormWorkflowType type, bool isNew, int version, Dictionary<string, PagePicker>? pickers)
    {
        var pages = pickers ?? type.Settings.Where(s => s.Kind == Web.Forms.FormSettingKind.Content)
            .ToDictionary(s => s.Alias, s => PagePicker.Showing(SettingEditors.Id(s), s.Label, Guid.TryParse(workflow.Setting(s.Alias), out var k) ? k : null, published), StringComparer.OrdinalIgnoreCase);
        var settings = new SettingEditors(type.Settings, workflow.Settings, form.AllFields.ToList(), await ListDocumentTypesAsync(), pages);
        return new FormWorkflowModel(form, workflow, type, isNew, version, settings);
    }
}
