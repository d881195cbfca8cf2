using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Dropdown: a GOV.UK select, one of the choices (GOV.UK prefers radios for fewer than about eight).</summary>
public sealed class DropdownFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.Dropdown;

    public override string Alias => "dropdown";

    public override string Name => "Dropdown";

    public override string Description => "A list to choose one from.";

    public override bool SupportsPreValues => true;

    public override string MandatoryVerb => "Select";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DefaultValue", "Selected to start with", "A value", FormSettingKind.Text),
        new("SelectPrompt", "Prompt", "The first, empty option (\"Choose one\")", FormSettingKind.Text),
    ];
}
