using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

/// <summary>The HTTP status the back office answers a refusal from the media service with, in one place.</summary>
public static class MediaStatusCodes
{
    public static int For(MediaOperationResult result) => result.Status switch
    {
        MediaOperationStatus.UploadRefused when result.Upload == UploadStatus.TooLarge => StatusCodes.Status413PayloadTooLarge,
        MediaOperationStatus.NotFound => StatusCodes.Status404NotFound,
        MediaOperationStatus.UsedByContent => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
