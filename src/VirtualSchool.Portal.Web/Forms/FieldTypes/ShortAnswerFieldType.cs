using System.Globalization;
using System.Text.RegularExpressions;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Short answer: one line of text, an email address, a telephone number or a number (its <c>FieldType</c> setting).</summary>
public sealed partial class ShortAnswerFieldType : FormFieldType
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

    /// <summary>The kind of answer (<c>text</c>, <c>email</c>, <c>tel</c>, <c>number</c>): the input's type and the check.</summary>
    public static string Kind(FormField field) => field.Setting("FieldType")?.ToLowerInvariant() switch
    {
        "email" => "email",
        "tel" or "telephone" => "tel",
        "number" => "number",
        _ => "text",
    };

    /// <summary>The autocomplete purpose: the field's own, else what the kind implies (WCAG 1.3.5).</summary>
    public static string? Autocomplete(FormField field) =>
        field.Setting("AutocompleteAttribute") ?? Kind(field) switch
        {
            "email" => "email",
            "tel" => "tel",
            _ => null,
        };

    protected override string? Check(FormField field, IReadOnlyList<string> values)
    {
        var value = values[0];
        return Kind(field) switch
        {
            "email" when !Email().IsMatch(value) => "Enter an email address in the correct format, like name@example.com",
            "tel" when !Telephone().IsMatch(value) || value.Count(char.IsAsciiDigit) is < 7 or > 15 =>
                "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
            "number" when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => $"{Label(field)} must be a number",
            _ => null,
        };
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Telephone();
}
