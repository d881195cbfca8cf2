using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Long answer: a textarea, with GOV.UK's character count when it has a limit.</summary>
public sealed class LongAnswerFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.LongAnswer;

    public override string Alias => "longAnswer";

    public override string Name => "Long answer";

    public override string Description => "Several lines of text.";

    public override bool SupportsPattern => true;

    public override bool SupportsMaxLength => true;

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DefaultValue", "Default value", "Filled in to start with", FormSettingKind.TextArea),
        new("MaximumLength", "Character limit", "The most characters allowed, counted as they type (none when empty)", FormSettingKind.Number),
        new("NumberOfRows", "Rows", "How tall the box is", FormSettingKind.Number),
    ];
}
