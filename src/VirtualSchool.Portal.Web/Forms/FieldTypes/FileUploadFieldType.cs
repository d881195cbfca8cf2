using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>
/// File upload: checked as the media library checks uploads (type, leading bytes, size), limited to the field's allowed
/// types, kept outside <c>wwwroot</c> and shown only to back-office users who may see the form's entries.
/// </summary>
public sealed class FileUploadFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.FileUpload;

    public override string Alias => "fileUpload";

    public override string Name => "File upload";

    public override string Description => "A document or image.";

    public override bool IsFile => true;

    public override string MandatoryVerb => "Upload";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("AllowedUploadTypes", "Allowed file types", "Extensions, comma-separated (pdf, docx, jpg); empty allows every type the media library allows", FormSettingKind.FileTypes),
    ];

    public override string RequiredMessage(FormField field) =>
        string.IsNullOrWhiteSpace(field.RequiredErrorMessage) ? $"Select {Label(field).ToLowerInvariant()}" : field.RequiredErrorMessage;

    /// <summary>
    /// The extensions this field takes: its <c>AllowedUploadTypes</c> that the media library also allows, or every type
    /// the media library allows when the field names none (a field can narrow the library's list, never widen it).
    /// </summary>
    public static IReadOnlyList<string> AllowedTypes(FormField field)
    {
        var named = (field.Setting("AllowedUploadTypes") ?? "")
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('.').ToLowerInvariant())
            .Where(UploadRules.IsAllowed)
            .Distinct()
            .ToList();
        return named.Count > 0 ? named : UploadRules.AllowedExtensions.ToList();
    }

    /// <summary>Whether the field names its own types (the error then lists them).</summary>
    public static bool Narrows(FormField field) => !string.IsNullOrWhiteSpace(field.Setting("AllowedUploadTypes"));

    /// <summary>Files come as files; what is stored is the key of the stored upload, so a post's text is never read.</summary>
    public override IReadOnlyList<string> Read(FormField field, IFormCollection form, string name) => [];

    public override IReadOnlyList<string> Defaults(FormField field) => [];
}
