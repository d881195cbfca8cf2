using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Multiple choice: GOV.UK checkboxes, any number of the choices.</summary>
public sealed class MultipleChoiceFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.MultipleChoice;

    public override string Alias => "multipleChoice";

    public override string Name => "Multiple choice";

    public override string Description => "Checkboxes: any of the choices.";

    public override bool SupportsPreValues => true;

    public override bool IsMultiValued => true;

    public override string MandatoryVerb => "Select";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DefaultValue", "Ticked to start with", "Values, comma-separated", FormSettingKind.Text),
    ];
}
