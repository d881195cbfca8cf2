using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Short answer: one line of text, an email address, a telephone number or a number (its <c>FieldType</c> setting).</summary>
public sealed class ShortAnswerFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.ShortAnswer;

    public override string Alias => "shortAnswer";

    public override string Name => "Short answer";

    public override string Description => "One line: text, an email address, a telephone number or a number.";

    public override bool SupportsPattern => true;

    public override bool SupportsMaxLength => true;

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("FieldType", "Kind of answer", "What the browser's keyboard and the check expect", FormSettingKind.Choice, ["text", "email", "tel", "number"]),
        new("DefaultValue", "Default value", "Filled in to start with", FormSettingKind.Text),
        new("MaximumLength", "Character limit", "The most characters allowed (none when empty)", FormSettingKind.Number),
        new("AutocompleteAttribute", "Autocomplete", "The HTML autocomplete purpose, such as name or email (WCAG 1.3.5)", FormSettingKind.Text),
    ];
}
