using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Http;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// Reads settings drawn by <see cref="SettingEditors"/>, checking each by its kind: numbers, email addresses, an absolute
/// web address, a field of the form, a document type, a published page, a field mapping; rich text is sanitised as
/// the site's is. Empty settings are left out (Umbraco Forms' types treat a missing setting as empty).
/// </summary>
public static class SettingsReader
{
    public const int MaxLength = 20_000;

    public static Dictionary<string, string> Read(
        IReadOnlyList<FormSetting> settings, IFormCollection posted, FormDefinition form, ICollection<string> documentTypes,
        IPublishedContentCache published, Dictionary<string, PagePicker> pickers, FormErrors errors)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings)
        {
            var id = SettingEditors.Id(setting);
            string? value;
            if (setting.Kind == FormSettingKind.Content)
            {
                var (page, picker) = PagePicker.Read(posted, id, setting.Label, published, errors);
                pickers[setting.Alias] = picker;
                value = page?.ToString();
            }
            else if (setting.Kind == FormSettingKind.FieldMapping)
            {
                value = Mapping(setting, posted, form, errors);
            }
            else
            {
                value = Check(setting, posted[id].ToString().Trim(), form, documentTypes, errors);
            }

            if (!string.IsNullOrEmpty(value))
            {
                values[setting.Alias] = value;
            }
        }

        return values;
    }

    private static string? Check(FormSetting setting, string text, FormDefinition form, ICollection<string> documentTypes, FormErrors errors)
    {
        var id = SettingEditors.Id(setting);
        if (setting.Kind == FormSettingKind.Checkbox)
        {
            return text is "true" or "on" ? "true" : null;
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            errors.Add(id, $"{setting.Label} must be {MaxLength:N0} characters or fewer");
            return text;
        }

        var problem = setting.Kind switch
        {
            FormSettingKind.Number => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000 ? null : $"{setting.Label} must be a whole number, like 500",
            FormSettingKind.Choice => setting.Choices.Contains(text) ? null : $"Select {setting.Label.ToLowerInvariant()} from the list",
            FormSettingKind.Emails => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(IsEmail) ? null : $"{setting.Label}: enter email addresses separated by commas, like team@example.gov.uk",
            FormSettingKind.Url => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? null : $"{setting.Label}: enter a full web address starting https://",
            FormSettingKind.Field => Guid.TryParse(text, out var key) && form.FindField(key) is not null ? null : $"Select {setting.Label.ToLowerInvariant()} from the form's questions",
            FormSettingKind.DocumentType => documentTypes.Contains(text) ? null : $"Select {setting.Label.ToLowerInvariant()} from the list",
            FormSettingKind.FileTypes => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(e => e.TrimStart('.').All(char.IsLetterOrDigit)) ? null : $"{setting.Label}: enter file extensions separated by commas, like pdf, docx",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(id, problem);
        }

        return setting.Kind switch
        {
            FormSettingKind.RichText => HtmlSanitiser.Sanitise(text),
            FormSettingKind.Emails or FormSettingKind.FileTypes => string.Join(", ", text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            _ => text,
        };
    }

    private static string? Mapping(FormSetting setting, IFormCollection posted, FormDefinition form, FormErrors errors)
    {
        var id = SettingEditors.Id(setting);
        var rows = new List<(string, string)>();
        for (var i = 0; i < 100; i++)
        {
            var property = posted[$"{id}-property-{i}"].ToString().Trim();
            var field = posted[$"{id}-field-{i}"].ToString();
            if (property.Length == 0 && field.Length == 0)
            {
                continue;
            }

            if (property.Length == 0 || property.Length > 100 || !Guid.TryParse(field, out var key) || form.FindField(key) is null)
            {
                errors.Add($"{id}-property-{i}", $"{setting.Label}, row {i + 1}: enter a property alias and select a question");
            }

            rows.Add((property, field));
        }

        return rows.Count == 0 ? null : FieldMappings.Write(rows);
    }

    private static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
