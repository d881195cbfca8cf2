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

    /// <summary>Ticked or not: any posted value counts as <c>on</c>, the one answer stored.</summary>
    public override IReadOnlyList<string> Read(FormField field, IFormCollection form, string name) =>
        form[name].Any(v => !string.IsNullOrEmpty(v)) ? [CheckboxFieldType.Ticked] : [];

    public override IReadOnlyList<string> Defaults(FormField field) => [];

    /// <summary>Consent that must be given: GOV.UK's "Select …" from the wording, or the field's own message.</summary>
    public override string RequiredMessage(FormField field) =>
        string.IsNullOrWhiteSpace(field.RequiredErrorMessage) ? $"Select to confirm you agree to {Label(field).ToLowerInvariant()}" : field.RequiredErrorMessage;
}
