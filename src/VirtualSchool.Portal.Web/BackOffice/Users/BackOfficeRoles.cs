namespace VirtualSchool.Portal.Web.BackOffice.Users;

/// <summary>The back office's roles. Each section and action checks them on the server.</summary>
public static class BackOfficeRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Writer = "Writer";
    public const string TrainingCoordinator = "Training coordinator";
    public const string BoardClerk = "Board clerk";
    public const string DataOfficer = "Data officer";

    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Administrator, "Everything, including users, the audit log, jobs and uSync. Must use two-factor authentication."),
        (Editor, "Writes, publishes and unpublishes content; manages media; reads feedback."),
        (Writer, "Writes and saves content and sends it to an editor for approval; cannot publish."),
        (TrainingCoordinator, "Runs training sessions, bookings and registers."),
        (BoardClerk, "Publishes the Management Board's meetings and papers, and invites Board members."),
        (DataOfficer, "Uploads the Board's termly figures, checks them, writes the commentary and publishes them to the Board."),
    ];
}
