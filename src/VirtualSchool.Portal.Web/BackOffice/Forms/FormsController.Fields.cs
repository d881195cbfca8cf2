using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Questions: choosing a type, adding, editing (with settings, choices and condition), moving and removing.</summary>
public sealed partial class FormsController
{
    [HttpGet("umbraco/forms/{key:guid}/fields/new")]
    public async Task<IActionResult> AddField(Guid key, Guid? fieldset, Guid? type)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        if (fieldset is not { } set || FormDesign.Fieldset(form, set) is null)
        {
            return NotFound();
        }

        if (type is null || fieldTypes.Find(type.Value) is not { } chosen)
        {
            ViewData["Errors"] = type is null ? null : new FormErrors { { "type", "Select a type of question" } };
            return View("FieldType", (form, set, fieldTypes));
        }

        var field = new FormField { FieldTypeId = chosen.Id };
        return View("Field", await FieldModelAsync(form, field, chosen, set, isNew: true, form.Version, null, null, 2));
    }

    [HttpPost("umbraco/forms/{key:guid}/fields/new")]
    public async Task<IActionResult> AddField(Guid key, Guid? fieldset, Guid? type, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null || type is null || fieldTypes.Find(type.Value) is not { } chosen)
        {
            return refused ?? BadRequest();
        }

        if (fieldset is not { } set || FormDesign.Fieldset(form, set) is null)
        {
            return NotFound();
        }

        return await SaveFieldAsync(form, chosen, Guid.NewGuid(), set, isNew: true, version.Value);
    }

    [HttpGet("umbraco/forms/{key:guid}/fields/{field:guid}")]
    public async Task<IActionResult> Field(Guid key, Guid field)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null)
        {
            return refused!;
        }

        if (FormDesign.Field(form, field) is not { } found)
        {
            return NotFound();
        }

        if (fieldTypes.Find(found.Field.FieldTypeId) is not { } type)
        {
            TempData["Error"] = "That question's type is not one this site has, so it cannot be edited here.";
            return Redirect($"/umbraco/forms/{key}");
        }

        return View("Field", await FieldModelAsync(form, found.Field, type, found.Fieldset.Key, isNew: false, form.Version, null, null, 2));
    }

    [HttpPost("umbraco/forms/{key:guid}/fields/{field:guid}")]
    public async Task<IActionResult> Field(Guid key, Guid field, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (FormDesign.Field(form, field) is not { } found || fieldTypes.Find(found.Field.FieldTypeId) is not { } type)
        {
            return NotFound();
        }

        return await SaveFieldAsync(form, type, field, found.Fieldset.Key, isNew: false, version.Value);
    }

    [HttpPost("umbraco/forms/{key:guid}/fields/{field:guid}/move")]
    public async Task<IActionResult> MoveField(Guid key, Guid field, int? version, string? direction)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null || FormDesign.Direction(direction) is not { } by)
        {
            return refused ?? BadRequest();
        }

        return FormDesign.Field(form, field) is { } found && FormDesign.Shift(found.Fieldset.Fields, found.Field, by)
            ? await ChangedAsync(form, version.Value, $"question '{found.Field.Alias}' moved", $"'{found.Field.Caption}' has been moved {direction}.")
            : BadRequest();
    }

    [HttpPost("umbraco/forms/{key:guid}/fields/{field:guid}/remove")]
    public async Task<IActionResult> RemoveField(Guid key, Guid field, int? version)
    {
        var (form, refused) = await EditableAsync(key);
        if (form is null || version is null)
        {
            return refused ?? BadRequest();
        }

        if (FormDesign.Field(form, field) is not { } found)
        {
            return NotFound();
        }

        var dependents = FormDesign.UsersOf(form, [field]);
        if (dependents.Count > 0)
        {
            TempData["Error"] = $"'{found.Field.Caption}' is used in the condition of {string.Join(", ", dependents)}: change that first.";
            return Redirect($"/umbraco/forms/{key}");
        }

        found.Fieldset.Fields.Remove(found.Field);
        return await ChangedAsync(form, version.Value, $"question '{found.Field.Alias}' removed", $"'{found.Field.Caption}' has been removed.");
    }

    private async Task<IActionResult> SaveFieldAsync(FormDefinition form, FormFieldType type, Guid key, Guid fieldset, bool isNew, int version)
    {
        var posted = Request.Form;
        var errors = new FormErrors();
        var field = FieldReader.Read(posted, form, type, key, errors);
        var pickers = new Dictionary<string, PagePicker>(StringComparer.OrdinalIgnoreCase);
        var documentTypes = await ListDocumentTypesAsync();
        field.Settings = SettingsReader.Read(FieldReader.SettingsOf(type), posted, form, documentTypes.Select(d => d.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase), published, pickers, errors);
        PagePicker? root = null;
        if (type.SupportsPreValues)
        {
            var (rootKey, rootPicker) = PagePicker.Read(posted, "root", "Only pages under", published, errors);
            root = rootPicker;
            var offered = new FieldChoices([], null, await ListDataTypesAsync(), documentTypes, rootPicker);
            (field.PreValues, field.PreValueSource) = ChoicesReader.Read(posted, offered, rootKey, errors);
        }

        var inside = new HashSet<Guid> { key };
        field.Condition = ConditionEditor.Read(posted, form, inside, errors);
        var target = Guid.TryParse(posted["fieldset"], out var chosen) && FormDesign.Fieldset(form, chosen) is not null ? chosen : fieldset;
        if (FormDesign.Fieldset(form, target) is { } place && new[] { place.Page.Condition, place.Fieldset.Condition }.Any(c => c?.Rules.Any(r => r.Field == key) == true))
        {
            errors.Add("fieldset", "That page or fieldset is shown or hidden by this question's answer, so the question cannot go inside it");
        }
        var more = posted["more"].ToString();
        var model = await FieldModelAsync(form, field, type, target, isNew, version, pickers, root, more == "rules" ? 4 : 2, more == "choices" ? 8 : 3);
        if (more.Length > 0 || PagePicker.IsSearch(posted))
        {
            return View("Field", model);
        }

        if (errors.Count > 0)
        {
            return Again("Field", model, errors);
        }

        Place(form, field, target, isNew);
        var status = await SaveAsync(form, version, $"question '{field.Alias}' {(isNew ? "added" : "changed")}");
        if (status == FormSaveStatus.Conflict)
        {
            return Again("Field", model with { Version = form.Version }, errors, conflict: true);
        }

        TempData["Message"] = $"The question '{field.Caption}' has been {(isNew ? "added" : "saved")}.";
        return Redirect($"/umbraco/forms/{form.Key}");
    }

    /// <summary>Puts the field in its fieldset: replaced where it was, or at the end of another fieldset it was moved to.</summary>
    private static void Place(FormDefinition form, FormField field, Guid fieldset, bool isNew)
    {
        var target = FormDesign.Fieldset(form, fieldset)!.Value.Fieldset;
        if (!isNew && FormDesign.Field(form, field.Key) is { } old)
        {
            if (old.Fieldset.Key == fieldset)
            {
                old.Fieldset.Fields[old.Fieldset.Fields.IndexOf(old.Field)] = field;
                return;
            }

            old.Fieldset.Fields.Remove(old.Field);
        }

        target.Fields.Add(field);
    }

    private async Task<FieldEditModel> FieldModelAsync(
        FormDefinition form, FormField field, FormFieldType type, Guid fieldset, bool isNew, int version,
        Dictionary<string, PagePicker>? pickers, PagePicker? root, int ruleRows, int choiceRows = 3)
    {
        var documentTypes = await ListDocumentTypesAsync();
        var others = form.AllFields.Where(f => f.Key != field.Key).ToList();
        var settings = new SettingEditors(FieldReader.SettingsOf(type), field.Settings, others, documentTypes, pickers ?? []);
        var rows = field.PreValues.Concat(Enumerable.Range(0, choiceRows).Select(_ => new FormPreValue())).Take(FieldChoices.MaxRows).ToList();
        var choices = new FieldChoices(rows, field.PreValueSource, type.SupportsPreValues ? await ListDataTypesAsync() : [], documentTypes,
            root ?? PagePicker.Showing("root", "Only pages under", field.PreValueSource?.RootKey, published));
        var condition = ConditionEditor.For(form, field.Condition, [field.Key], StoresValue, ruleRows);
        return new FieldEditModel(form, field, type, fieldset, isNew, version, settings, choices, condition);
    }
}
