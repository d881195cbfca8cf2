using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Data consent: a tick box with the consent wording (<c>AcceptCopy</c>); stores <c>on</c> when given.</summary>
public sealed class DataConsentFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.DataConsent;

    public override string Alias => "dataConsent";

    public override string Name => "Data consent";

    public override string Description => "Agreement to how the answers are used.";

    public override string MandatoryVerb => "Select";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("AcceptCopy", "Consent wording", "What the person agrees to by ticking the box", FormSettingKind.TextArea),
    ];

    public override string Describe(FormField field, IReadOnlyList<string> values, IReadOnlyList<FormPreValue> choices) =>
        values.Contains(CheckboxFieldType.Ticked, StringComparer.OrdinalIgnoreCase) ? "Given" : "Not given";
}
