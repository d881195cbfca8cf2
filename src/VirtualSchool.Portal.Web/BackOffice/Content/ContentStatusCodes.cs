using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The HTTP status the back office answers a content operation's status with, in one place (as Umbraco's
/// content controllers map an operation status): a page or version that is not there is a 404, a page already in
/// the recycle bin or an order that no longer fits the pages is a 409 (someone else changed it), any other refusal a 400.
/// </summary>
public static class ContentStatusCodes
{
    public static int For(ContentOperationStatus status) => status switch
    {
        ContentOperationStatus.Success => StatusCodes.Status200OK,
        ContentOperationStatus.NotFound or ContentOperationStatus.VersionNotFound => StatusCodes.Status404NotFound,
        ContentOperationStatus.Trashed or ContentOperationStatus.InvalidSort => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
