namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// A file uploaded to a form's file field, stored outside <c>wwwroot</c> (the data folder's <c>form-uploads/</c>, named by
/// <see cref="Key"/>) and served only to back-office users who may see the form's entries. Uploaded on a page of a
/// multi-page form, it belongs to the person's progress (<see cref="ProgressId"/>) until the submit gives it an entry.
/// </summary>
public sealed class FormEntryFile
{
    public const int MaxFileNameLength = 255;

    public long Id { get; set; }

    public Guid Key { get; set; }

    public Guid FormKey { get; set; }

    public Guid FieldKey { get; set; }

    public long? EntryId { get; set; }

    public long? ProgressId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public long Length { get; set; }

    public DateTime CreatedAt { get; set; }
}
