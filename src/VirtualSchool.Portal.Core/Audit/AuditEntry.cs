namespace VirtualSchool.Portal.Core.Audit;

/// <summary>
/// One thing someone did in the back office: who, what, when and to which item. Entries are only ever
/// added: the portal has no way to change or remove one, and the database refuses both.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The acting user's id, or null for the system (imports, scheduled jobs) and failed sign-ins.</summary>
    public string? UserId { get; set; }

    /// <summary>The acting user's email (or the address tried, for a failed sign-in).</summary>
    public string? UserName { get; set; }

    public string Action { get; set; } = "";
    public string? ItemType { get; set; }
    public string? ItemKey { get; set; }
    public string? ItemName { get; set; }
    public string? Detail { get; set; }
    public string? IpAddress { get; set; }
}

/// <summary>The actions the audit log records, as stable names to filter by.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string SignOutEverywhere = "sign-out-everywhere";
    public const string LockedOut = "locked-out";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string RecoveryCodesGenerated = "recovery-codes-generated";
    public const string UserCreated = "user-created";
    public const string UserInvited = "user-invited";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string RolesChanged = "roles-changed";
    public const string PasswordSet = "password-set";
    public const string Save = "save";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string SendForApproval = "send-for-approval";
    public const string Schedule = "schedule";
    public const string Rollback = "rollback";
    public const string Delete = "delete";
    public const string Move = "move";
    public const string Copy = "copy";
    public const string Sort = "sort";
    public const string Trash = "trash";
    public const string Restore = "restore";
    public const string RecycleBinEmpty = "recycle-bin-empty";
    public const string RedirectDelete = "redirect-delete";
    public const string MediaUpload = "media-upload";
    public const string MediaDelete = "media-delete";
    public const string MediaReplace = "media-replace";
    public const string MediaRename = "media-rename";
    public const string MediaFolderCreate = "media-folder-create";
    public const string MediaRestore = "media-restore";
    public const string MediaRecycleBinEmpty = "media-recycle-bin-empty";
    public const string Export = "export";
    public const string Import = "import";
    public const string JobRun = "job-run";
    public const string EmailRetry = "email-retry";
    public const string ImportCheck = "import-check";
    public const string MemberSignIn = "member-sign-in";
    public const string MemberSignInFailed = "member-sign-in-failed";
    public const string MemberLockedOut = "member-locked-out";
    public const string MemberSignOut = "member-sign-out";
    public const string MemberInvited = "member-invited";
    public const string MemberPasswordSet = "member-password-set";
    public const string MemberPasswordResetRequested = "member-password-reset-requested";
    public const string MemberEmailChanged = "member-email-changed";
    public const string MemberTwoFactorEnabled = "member-two-factor-enabled";
    public const string MemberGroupsChanged = "member-groups-changed";
    public const string MemberGroupCreated = "member-group-created";
    public const string MemberGroupChanged = "member-group-changed";
    public const string MemberGroupDeleted = "member-group-deleted";
    public const string MemberClosureRequested = "member-closure-requested";
    public const string MemberErased = "member-erased";
    public const string MemberDataDownloaded = "member-data-downloaded";
    public const string ProtectedDownload = "protected-download";
    public const string PublicAccessChanged = "public-access-changed";
    public const string BoardPapersPublished = "board-papers-published";
    public const string TrainingSessionCreate = "training-session-create";
    public const string TrainingSessionEdit = "training-session-edit";
    public const string TrainingSessionCancel = "training-session-cancel";
    public const string TrainingBookingCancel = "training-booking-cancel";
    public const string TrainingBookingNewLink = "training-booking-new-link";
    public const string TrainingAttendance = "training-attendance";
    public const string TrainingExport = "training-export";
}
