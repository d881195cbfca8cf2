using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Hidden: a value sent with the form that the person does not see (its default value).</summary>
public sealed class HiddenFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.Hidden;

    public override string Alias => "hidden";

    public override string Name => "Hidden";

    public override string Description => "A value sent with the form, not shown.";

    public override bool SupportsMandatory => false;

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DefaultValue", "Value", "What is sent", FormSettingKind.Text),
    ];

    /// <summary>A hidden value is never asked for, so it is never refused (only limited in length, as every answer is).</summary>
    public override string? Validate(FormField field, IReadOnlyList<string> values, IReadOnlyList<FormPreValue> choices) =>
        values.Any(v => v.Length > 4000) ? $"{Label(field)} is too long" : null;
}
