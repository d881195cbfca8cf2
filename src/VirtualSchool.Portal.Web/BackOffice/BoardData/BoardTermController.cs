using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.BoardData;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>
/// One term for the data officer: its raw figures (only ever shown here), the commentary while it is a draft,
/// publishing it to the Board after a confirmation, and its version history. A published term never changes.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageBoardData)]
public sealed class BoardTermController(BoardDataStore store, UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    private const string Term = BoardDataViews.Base + "/{slug}";

    [HttpGet(Term)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        await PageAsync(slug, null, cancellationToken) is { } page ? View(BoardDataViews.Term, page) : NotFound();

    [HttpPost(Term + "/commentary")]
    [RequestSizeLimit(256 * 1024)]
    public async Task<IActionResult> Commentary(string slug, string? commentary, CancellationToken cancellationToken)
    {
        if (await PageAsync(slug, null, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        if (commentary?.Length > BoardDataStore.MaxCommentaryLength)
        {
            var errors = new FormErrors();
            errors.Add("commentary", string.Create(CultureInfo.InvariantCulture, $"The commentary must be {BoardDataStore.MaxCommentaryLength:N0} characters or fewer"));
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(BoardDataViews.Term, page with { Commentary = commentary });
        }

        var term = page.Figures.Term;
        var saved = await store.SaveCommentaryAsync(term, commentary, cancellationToken);
        if (!saved.Succeeded)
        {
            return Refused(page, saved.Status);
        }

        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(BoardDataAuditActions.Commentary, me?.Id.ToString(), me?.Email, BoardDataAuditActions.ItemType, term.Slug, term.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"Version {saved.Version}: commentary of {commentary?.Trim().Length ?? 0} characters"), ClientAddress, cancellationToken);
        TempData["Message"] = $"{term}: commentary saved.";
        return Redirect($"/{BoardDataViews.Base}/{term.Slug}");
    }

    [HttpGet(Term + "/publish")]
    public async Task<IActionResult> ConfirmPublish(string slug, CancellationToken cancellationToken)
    {
        if (await PageAsync(slug, null, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return page.IsDraft ? View(BoardDataViews.Publish, page) : Redirect($"/{BoardDataViews.Base}/{page.Figures.Term.Slug}");
    }

    /// <summary>Publishes exactly the version the confirmation showed; a newer upload meanwhile is refused with a 409.</summary>
    [HttpPost(Term + "/publish")]
    public async Task<IActionResult> Publish(string slug, int version, CancellationToken cancellationToken)
    {
        if (await PageAsync(slug, null, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var me = await users.GetUserAsync(User);
        var term = page.Figures.Term;
        var published = await store.PublishAsync(term, version, me?.Email, cancellationToken);
        if (!published.Succeeded)
        {
            return Refused(page, published.Status);
        }

        await audit.RecordAsync(BoardDataAuditActions.Publish, me?.Id.ToString(), me?.Email, BoardDataAuditActions.ItemType, term.Slug, term.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"Version {version} published to the Board"), ClientAddress, cancellationToken);
        TempData["Message"] = string.Create(CultureInfo.InvariantCulture, $"{term}: version {version} is published to the Board.");
        return Redirect($"/{BoardDataViews.Base}/{term.Slug}");
    }

    [HttpGet(Term + "/versions")]
    public async Task<IActionResult> Versions(string slug, CancellationToken cancellationToken)
    {
        if (!BoardTermId.TryParse(slug, out var term) || await store.TermAsync(term, cancellationToken) is not { } summary)
        {
            return NotFound();
        }

        ViewData["Summary"] = summary;
        return View(BoardDataViews.Versions, await store.VersionsAsync(term, cancellationToken));
    }

    [HttpGet(Term + "/versions/{version:int:min(1)}")]
    public async Task<IActionResult> Version(string slug, int version, CancellationToken cancellationToken) =>
        await PageAsync(slug, version, cancellationToken) is { } page ? View(BoardDataViews.Version, page) : NotFound();

    private async Task<BoardTermPage?> PageAsync(string slug, int? version, CancellationToken cancellationToken)
    {
        if (!BoardTermId.TryParse(slug, out var term)
            || await store.TermAsync(term, cancellationToken) is not { } summary
            || await store.VersionAsync(term, version, cancellationToken) is not { } figures)
        {
            return null;
        }

        var versions = await store.VersionsAsync(term, cancellationToken);
        return new BoardTermPage(summary, figures, versions.FirstOrDefault(v => v.Version == figures.Version), figures.Commentary);
    }

    /// <summary>A change the term's state no longer allows: the page again, with why, as a 409.</summary>
    private ViewResult Refused(BoardTermPage page, BoardDataSaveStatus status)
    {
        TempData.Remove("Message");
        var errors = new FormErrors();
        if (status == BoardDataSaveStatus.AlreadyPublished)
        {
            errors.Add("status", $"{page.Figures.Term} is published to the Board: its figures and commentary cannot be changed");
        }
        else
        {
            errors.Add("version", "A newer version of this term was uploaded meanwhile: check its figures before publishing");
        }

        ViewData["Errors"] = errors;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(BoardDataViews.Term, page);
    }
}
