using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// The Board's termly figures in the members area: the latest published term (or one named by its slug) against the
/// earlier terms and the national figures, and its report (.docx) and figures (.csv). Readers are those who may read
/// the Board's meetings (the member policy and the Board meetings' public access groups). Everything here is built from
/// suppressed terms only (<see cref="BoardDashboard"/>).
/// </summary>
[Authorize(Policy = MemberAuthentication.Policy)]
public sealed class BoardDashboardController(IBoardDataReader reader, IOptions<PortalOptions> options, IPublishedContentCache cache, IPublicAccess access, AuditLog audit)
    : MembersAreaController
{
    public const string Path = "/members/board/data";

    [HttpGet("members/board/data")]
    public Task<IActionResult> Latest() => ShowAsync(null);

    [HttpGet("members/board/data/{slug}")]
    public Task<IActionResult> Term(string slug) =>
        BoardTermId.TryParse(slug, out var term) ? ShowAsync(term) : Task.FromResult<IActionResult>(NotFound());

    [HttpGet("members/board/data/{slug}/report.docx")]
    public Task<IActionResult> Report(string slug) =>
        DownloadAsync(slug, "report (.docx)", model => File(BoardReportDocument.Write(model),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", BoardReportDocument.FileName(model.Current)));

    [HttpGet("members/board/data/{slug}/figures.csv")]
    public Task<IActionResult> Figures(string slug) =>
        DownloadAsync(slug, "figures (.csv)", model => File(BoardFiguresCsv.Write(model.Current), "text/csv; charset=utf-8", $"board-figures-{model.Current.Term.Slug}.csv"));

    private async Task<IActionResult> ShowAsync(BoardTermId? term)
    {
        if (!await MayReadAsync())
        {
            return Forbidden();
        }

        var model = await BoardDashboard.LoadAsync(reader, options.Value.BoardData.Rules, term, HttpContext.RequestAborted);
        if (model is null)
        {
            return term is null ? View("~/Views/BoardData/NoTerms.cshtml") : NotFound();
        }

        return View("~/Views/BoardData/Term.cshtml", model);
    }

    private async Task<IActionResult> DownloadAsync(string slug, string what, Func<BoardDashboardTerm, IActionResult> file)
    {
        if (!BoardTermId.TryParse(slug, out var term))
        {
            return NotFound();
        }

        if (!await MayReadAsync())
        {
            return Forbidden();
        }

        if (await BoardDashboard.LoadAsync(reader, options.Value.BoardData.Rules, term, HttpContext.RequestAborted) is not { } model)
        {
            return NotFound();
        }

        var member = await MemberPrincipals.MemberAsync(HttpContext);
        await audit.RecordAsync(AuditActions.ProtectedDownload, MembersBoardController.MemberId(member), MembersBoardController.MemberEmail(member),
            "board-data", model.Current.Key.ToString(), $"Board data: {model.Current.Term} ({what})", $"version {model.Current.Version}, suppressed figures", ClientAddress,
            HttpContext.RequestAborted);
        return file(model);
    }

    /// <summary>Whoever may read the Board's meetings (the node's public access groups); nobody when the node is missing.</summary>
    private async Task<bool> MayReadAsync()
    {
        var meetings = cache.GetByKey(MembersSeed.BoardMeetingsNode)
            ?? cache.GetAll().FirstOrDefault(c => string.Equals(c.ContentTypeAlias, "boardMeetings", StringComparison.OrdinalIgnoreCase));
        return meetings is not null && access.CanView(meetings, await MemberPrincipals.GroupsAsync(HttpContext));
    }

    private ViewResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Views/MemberSignIn/Forbidden.cshtml");
    }
}
