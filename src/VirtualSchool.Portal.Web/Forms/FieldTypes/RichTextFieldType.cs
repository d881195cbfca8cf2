using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Rich text: a read-only block of formatted text (sanitised as the site's rich text is); no answer.</summary>
public sealed class RichTextFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.RichText;

    public override string Alias => "richText";

    public override string Name => "Rich text";

    public override string Description => "Formatted text with links; nothing to answer.";

    public override bool StoresValue => false;

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("Html", "Text", "", FormSettingKind.RichText),
    ];
}
