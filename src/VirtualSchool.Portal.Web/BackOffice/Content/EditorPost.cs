using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// One posted edit form as the editors read it: the form, and the files the upload fields accepted (stored only once
/// the save is known to go ahead; see <see cref="ContentEditorForm.StoreUploadsAsync"/>).
/// </summary>
public sealed class EditorPost(
    EditorContext context, IFormCollection form, bool mayUpload, Func<IFormFile, CancellationToken, Task<UploadCheck>> checkUpload)
{
    private readonly List<PendingUpload> _uploads = [];

    public EditorContext Context => context;

    public IFormCollection Form => form;

    public IReadOnlyList<PendingUpload> Uploads => _uploads;

    /// <summary>True when a posted file was refused for its size (the form is answered 413, as the media library does).</summary>
    public bool UploadTooLarge { get; private set; }

    /// <summary>
    /// Checks a posted file as the media library would (and whether this user may add to it at all) and keeps it to
    /// store if the save goes ahead; the refusal's message when it is refused.
    /// </summary>
    public async Task<string?> AcceptUploadAsync(string alias, string errorTarget, IFormFile file, CancellationToken cancellationToken)
    {
        if (!mayUpload)
        {
            return ContentEditorForm.UploadNotAllowedMessage;
        }

        var check = await checkUpload(file, cancellationToken);
        UploadTooLarge |= check.Status == UploadStatus.TooLarge;
        if (!check.IsAccepted)
        {
            return check.Message;
        }

        _uploads.Add(new PendingUpload(alias, errorTarget, file));
        return null;
    }
}
