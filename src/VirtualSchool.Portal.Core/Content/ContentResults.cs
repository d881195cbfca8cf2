namespace VirtualSchool.Portal.Core.Content;

/// <summary>Outcomes of content operations, as Umbraco's operation status enums.</summary>
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

/// <summary>The result of a content operation: a status, the node when there is one, and any errors.</summary>
public sealed record ContentOperationResult(
    ContentOperationStatus Status,
    ContentNode? Node = null,
    IReadOnlyList<FormError>? Errors = null,
    string? Message = null)
{
    public bool Succeeded => Status == ContentOperationStatus.Success;

    public IReadOnlyList<FormError> ValidationErrors => Errors ?? [];
}
