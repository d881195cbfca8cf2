namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// A posted edit form read back: the values to store, the fields to show again, files to store if the save goes
/// ahead, and whether a file was refused for its size (answered 413, as the media library does).
/// </summary>
public sealed record EditorForm(Dictionary<string, string?> Values, List<EditorField> Fields, IReadOnlyList<PendingUpload> Uploads, bool UploadTooLarge);
