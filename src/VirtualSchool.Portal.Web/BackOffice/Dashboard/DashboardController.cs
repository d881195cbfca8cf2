using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.BackOffice.Security;

namespace VirtualSchool.Portal.Web.BackOffice.Dashboard;

/// <summary>A section of the back office and who may use it.</summary>
public sealed record BackOfficeSection(string Title, string Url, string Description, IReadOnlyList<string> Roles);

/// <summary>The back office's start page: the sections this user's roles open.</summary>
public sealed class DashboardController : BackOfficeController
{
    public static readonly IReadOnlyList<BackOfficeSection> Sections =
    [
        new("Content", "/umbraco/content", "Create, edit, preview and publish the site's pages.", [BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer]),
        new("Forms", "/umbraco/forms", "Build forms, place them on pages, and read, approve and export what people send.", BackOfficeRoles.All.Select(r => r.Name).ToList()),
        new("Feedback", "/umbraco/feedback", "What readers said about each page: useful or not, and their comments.", [BackOfficeRoles.Administrator, BackOfficeRoles.Editor]),
        new("Members", "/umbraco/members", "Invite members of the Board and others, set their groups, publish board papers; member groups and account closures.", [BackOfficeRoles.Administrator, BackOfficeRoles.BoardClerk]),
        new("Board data", "/umbraco/board-data", "The Board's termly figures: the template, uploading and checking a term, the commentary, publishing to the Board.", [BackOfficeRoles.Administrator, BackOfficeRoles.DataOfficer]),
        new("Users", "/umbraco/users", "Invite staff, give them roles, disable accounts.", [BackOfficeRoles.Administrator]),
        new("Media", "/umbraco/media", "Upload, replace and organise documents and images; the media recycle bin.", [BackOfficeRoles.Administrator, BackOfficeRoles.Editor]),
        new("Training", "/umbraco/training", "Training sessions: bookings, waiting lists, registers, exports and evaluations.", [BackOfficeRoles.Administrator, BackOfficeRoles.TrainingCoordinator]),
        new("Jobs", "/umbraco/jobs", "The scheduled jobs: their last and next runs, and running one now.", [BackOfficeRoles.Administrator]),
        new("Email", "/umbraco/email", "Email waiting to be sent, and email that could not be sent, with sending it again.", [BackOfficeRoles.Administrator]),
        new("Settings", "/umbraco/settings/document-types", "Document types, their properties and data types; changing a Markdown property to rich text.", [BackOfficeRoles.Administrator]),
        new("Search", "/umbraco/settings/search", "This server's search indexes: their documents and health, rebuilding one, and a search tester.", [BackOfficeRoles.Administrator]),
        new("Synonyms", "/umbraco/search/synonyms", "Words that mean the same to people who search, such as PEP and personal education plan.", [BackOfficeRoles.Administrator, BackOfficeRoles.Editor]),
        new("uSync", "/umbraco/usync", "Export the site's schema and content to uSync files, or check and import them.", [BackOfficeRoles.Administrator]),
        new("Audit log", "/umbraco/audit", "Who signed in, and who changed what and when.", [BackOfficeRoles.Administrator]),
        new("Your account", "/umbraco/account/two-factor", "Two-factor authentication, recovery codes, signing out everywhere.", BackOfficeRoles.All.Select(r => r.Name).ToList()),
    ];

    [HttpGet("umbraco")]
    public IActionResult Index() =>
        View(Sections.Where(s => s.Roles.Any(User.IsInRole)).ToList());
}
