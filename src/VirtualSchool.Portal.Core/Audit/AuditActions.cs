namespace VirtualSchool.Portal.Core.Audit;

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

    // Forms: builder
    public const string FormCreate = "form-create";
    public const string FormCopy = "form-copy";
    public const string FormMove = "form-move";
    public const string FormDelete = "form-delete";
    public const string FormEdit = "form-edit";
    public const string FormPermissions = "form-permissions";
    public const string FormFolderCreate = "form-folder-create";
    public const string FormFolderRename = "form-folder-rename";
    public const string FormFolderDelete = "form-folder-delete";

    // Forms: entries
    public const string FormEntriesApprove = "form-entries-approve";
    public const string FormEntriesReject = "form-entries-reject";
    public const string FormEntriesDelete = "form-entries-delete";
    public const string FormEntriesExport = "form-entries-export";
    public const string FormEntryFileDownload = "form-entry-file-download";
    public const string FormWorkflowRetry = "form-workflow-retry";
    public const string FormWorkflowDismiss = "form-workflow-dismiss";

    // Search
    public const string SearchIndexRebuild = "search-index-rebuild";
    public const string SearchSynonymsCreate = "search-synonyms-create";
    public const string SearchSynonymsEdit = "search-synonyms-edit";
    public const string SearchSynonymsDelete = "search-synonyms-delete";
}
