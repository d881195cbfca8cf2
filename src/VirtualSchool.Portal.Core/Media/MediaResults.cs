namespace VirtualSchool.Portal.Core.Media;

/// <summary>Outcomes of media library operations, as Umbraco's operation status enums.</summary>
public enum MediaOperationStatus
{
    Success,
    NotFound,
    ParentNotFound,
    ParentNotAFolder,
    InvalidMove,
    InvalidName,
    /// <summary>The upload was refused; <see cref="MediaOperationResult.Upload"/> says why.</summary>
    UploadRefused,
    /// <summary>A folder has no file to replace.</summary>
    NotAFile,
    /// <summary>A replacement must keep the extension, because the URL (which must not change) ends in it.</summary>
    ExtensionChanged,
    /// <summary>Content uses the item (or something inside the folder) and deleting it was not confirmed.</summary>
    UsedByContent,
    NotTrashed,
}

/// <summary>A content node whose current draft or published version refers to a media item.</summary>
public sealed record MediaUsage(Guid NodeKey, string NodeName, bool IsPublished, bool Trashed, Guid MediaKey);

/// <summary>The result of a media operation: a status, the item when there is one, and a message an editor can act on.</summary>
public sealed record MediaOperationResult(
    MediaOperationStatus Status,
    MediaItem? Item = null,
    string? Message = null,
    UploadStatus? Upload = null,
    IReadOnlyList<MediaUsage>? Usages = null)
{
    public bool Succeeded => Status == MediaOperationStatus.Success;

    public IReadOnlyList<MediaUsage> UsedBy => Usages ?? [];
}

/// <summary>One page of a folder's children and how many children there are in all.</summary>
public sealed record MediaPage(IReadOnlyList<MediaItem> Items, int Total, int Skip, int Take);
