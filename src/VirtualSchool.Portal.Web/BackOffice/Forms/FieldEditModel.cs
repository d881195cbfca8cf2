using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A question's screen: the field as stored or typed, its type's settings, its choices and its condition.</summary>
public sealed record FieldEditModel(
    FormDefinition Form,
    FormField Field,
    FormFieldType Type,
    Guid Fieldset,
    bool IsNew,
    int Version,
    SettingEditors Settings,
    FieldChoices Choices,
    ConditionEditor Condition)
{
    public string Action => IsNew
        ? $"/umbraco/forms/{Form.Key}/fields/new?fieldset={Fieldset}&type={Type.Id}"
        : $"/umbraco/forms/{Form.Key}/fields/{Field.Key}";

    public IReadOnlyList<(Guid Key, string Name)> Fieldsets => FormDesign.FieldsetChoices(Form);
}
