namespace VirtualSchool.Portal.Core.Content;

/// <summary>
/// Outcomes of content operations, as Umbraco's operation status enums: the status of an
/// <see cref="Attempt{TResult, TStatus}"/> whose result is the node.
/// </summary>
public enum ContentOperationStatus
{
    Success,
    NotFound,
    ContentTypeNotFound,
    ContentTypeNotAllowed,
    ParentNotFound,
    Trashed,
    PathNotPublished,
    InvalidProperties,
    CancelledByNotification,
    NotPublished,
    InvalidMove,
    VersionNotFound,
    NotTrashed,
    InvalidSort,
}
