using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Checkbox: one tick box; stores <c>on</c> when ticked (as Umbraco Forms' headless API does).</summary>
public sealed class CheckboxFieldType : FormFieldType
{
    public const string Ticked = "on";

    public override Guid Id => FieldTypeIds.Checkbox;

    public override string Alias => "checkbox";

    public override string Name => "Checkbox";

    public override string Description => "One box to tick.";

    public override string MandatoryVerb => "Select";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DefaultValue", "Ticked to start with", "", FormSettingKind.Checkbox),
    ];

    public override string Describe(FormField field, IReadOnlyList<string> values, IReadOnlyList<FormPreValue> choices) =>
        values.Contains(Ticked, StringComparer.OrdinalIgnoreCase) ? "Yes" : "No";

    /// <summary>Ticked or not: any posted value counts as <c>on</c>, the one answer stored.</summary>
    public override IReadOnlyList<string> Read(FormField field, IFormCollection form, string name) =>
        form[name].Any(v => !string.IsNullOrEmpty(v)) ? [CheckboxFieldType.Ticked] : [];

    public override IReadOnlyList<string> Defaults(FormField field) =>
        field.Setting("DefaultValue") is "true" or "True" or "on" or "1" ? [Ticked] : [];
}
