namespace VirtualSchool.Portal.Web.BackOffice.Users;

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

    /// <summary>Document types and data types (Settings): administrators.</summary>
    public const string ManageSettings = "BackOffice.ManageSettings";

    /// <summary>Invite members, set their groups, publish a board meeting's papers: administrators and the Board clerk.</summary>
    public const string ManageMembers = "BackOffice.ManageMembers";

    /// <summary>Edit member groups and their two-factor rule, and confirm account closures: administrators.</summary>
    public const string ManageMemberGroups = "BackOffice.ManageMemberGroups";

    /// <summary>Restrict pages and media to member groups: administrators and editors.</summary>
    public const string ManagePublicAccess = "BackOffice.ManagePublicAccess";
    public const string ManageTraining = "BackOffice.ManageTraining";

    /// <summary>Upload, check, publish and attach the Board's termly figures: administrators and data officers.</summary>
    public const string ManageBoardData = "BackOffice.ManageBoardData";

    /// <summary>
    /// The Forms section: every back-office role (each form's own permissions then say what a role may do with it,
    /// docs/forms.md). Creating forms and folders is <see cref="ManageForms"/>.
    /// </summary>
    public const string Forms = "BackOffice.Forms";

    /// <summary>Create, copy, move and delete forms and folders: administrators and editors.</summary>
    public const string ManageForms = "BackOffice.ManageForms";
}
