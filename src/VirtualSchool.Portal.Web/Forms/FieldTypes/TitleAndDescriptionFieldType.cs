using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Title and description: a heading and text between questions; no answer.</summary>
public sealed class TitleAndDescriptionFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.TitleAndDescription;

    public override string Alias => "titleAndDescription";

    public override string Name => "Title and description";

    public override string Description => "A heading and text; nothing to answer.";

    public override bool StoresValue => false;

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("CaptionTag", "Heading level", "", FormSettingKind.Choice, ["h2", "h3", "h4"]),
        new("BodyText", "Text", "Paragraphs, separated by a blank line", FormSettingKind.TextArea),
    ];
}
