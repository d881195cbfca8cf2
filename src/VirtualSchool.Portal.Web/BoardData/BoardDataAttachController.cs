using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// "Attach the report to a Board meeting", from the data officer's term page (its form is
/// <c>Views/BoardDataAttach/_AttachForm.cshtml</c>): one post, then back to the term page with what happened.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageBoardData)]
public sealed class BoardDataAttachController(
    IBoardDataReader reader,
    MediaService media,
    MediaRepository library,
    ContentService content,
    IContentRepository repository,
    AuditLog audit,
    UserManager<BackOfficeUser> staff,
    IOptions<PortalOptions> options) : BackOfficeController
{
    /// <summary>The name of the form's meeting field.</summary>
    public const string MeetingField = "meeting";

    public static string ActionPath(BoardTermId term) => $"/umbraco/board-data/{term.Slug}/attach";

    [HttpPost("umbraco/board-data/{slug}/attach")]
    public async Task<IActionResult> Attach(string slug, CancellationToken cancellationToken)
    {
        if (!BoardTermId.TryParse(slug, out var term))
        {
            return NotFound();
        }

        var back = "/umbraco/board-data/" + term.Slug;
        if (!Guid.TryParse(Request.Form[MeetingField].ToString(), out var meeting))
        {
            TempData["Error"] = $"The report for the {term} was not attached: choose a Board meeting.";
            return Redirect(back);
        }

        var by = new AttachedBy((await staff.GetUserAsync(User))?.Id.ToString(), User.Identity?.Name, ClientAddress);
        // Built here rather than registered: the use case belongs to this one action.
        var attachment = new BoardReportAttachment(reader, media, library, content, repository, audit);
        var result = await attachment.AttachAsync(term, meeting, options.Value.BoardData, by, cancellationToken);
        TempData[result.Succeeded ? "Message" : "Error"] = result.Message;
        return Redirect(back);
    }
}
