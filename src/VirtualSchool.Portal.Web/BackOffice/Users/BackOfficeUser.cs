using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.BackOffice.Users;

/// <summary>A member of the Virtual School's staff who signs in to the back office (never a site member).</summary>
public sealed class BackOfficeUser : IdentityUser<Guid>
{
    public string Name { get; set; } = "";

    /// <summary>A disabled user cannot sign in, and their sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}

/// <summary>The back office's roles. Each section and action checks them on the server.</summary>
public static class BackOfficeRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Writer = "Writer";
    public const string TrainingCoordinator = "Training coordinator";
    public const string BoardClerk = "Board clerk";

    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Administrator, "Everything, including users, the audit log, jobs and uSync. Must use two-factor authentication."),
        (Editor, "Writes, publishes and unpublishes content; manages media; reads feedback."),
        (Writer, "Writes and saves content and sends it to an editor for approval; cannot publish."),
        (TrainingCoordinator, "Runs training sessions, bookings and registers."),
        (BoardClerk, "Publishes the Management Board's meetings and papers, and invites Board members."),
    ];
}

/// <summary>Authorisation policies: one for the whole back office, one per kind of action.</summary>
public static class BackOfficePolicies
{
    public const string Scheme = "BackOffice";
    public const string Access = "BackOffice";
    public const string EditContent = "BackOffice.EditContent";
    public const string PublishContent = "BackOffice.PublishContent";
    public const string ManageUsers = "BackOffice.ManageUsers";
    public const string ReadAudit = "BackOffice.ReadAudit";
    public const string ReadFeedback = "BackOffice.ReadFeedback";
    public const string RunJobs = "BackOffice.RunJobs";
    public const string ManageEmail = "BackOffice.ManageEmail";
    public const string ManageMedia = "BackOffice.ManageMedia";
    public const string EmptyMediaRecycleBin = "BackOffice.EmptyMediaRecycleBin";
    public const string EmptyContentRecycleBin = "BackOffice.EmptyContentRecycleBin";
    public const string SyncContent = "BackOffice.SyncContent";

    /// <summary>Invite members, set their groups, publish a board meeting's papers: administrators and the Board clerk.</summary>
    public const string ManageMembers = "BackOffice.ManageMembers";

    /// <summary>Edit member groups and their two-factor rule, and confirm account closures: administrators.</summary>
    public const string ManageMemberGroups = "BackOffice.ManageMemberGroups";

    /// <summary>Restrict pages and media to member groups: administrators and editors.</summary>
    public const string ManagePublicAccess = "BackOffice.ManagePublicAccess";
    public const string ManageTraining = "BackOffice.ManageTraining";
}
