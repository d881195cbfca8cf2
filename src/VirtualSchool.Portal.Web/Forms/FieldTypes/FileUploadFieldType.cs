using VirtualSchool.Portal.Core.Forms;

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
}
