using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Single choice: GOV.UK radios, one of the choices.</summary>
public sealed class SingleChoiceFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.SingleChoice;

    public override string Alias => "singleChoice";

    public override string Name => "Single choice";

    public override string Description => "Radios: one of the choices.";

    public override bool SupportsPreValues => true;

    public override string MandatoryVerb => "Select";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DefaultValue", "Selected to start with", "A value", FormSettingKind.Text),
    ];
}
