using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.BoardData;
using VirtualSchool.Portal.Infrastructure.BoardData.Import;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>
/// The Board's termly figures, for data officers (and administrators): the terms with their status and versions, the
/// template (.xlsx and .csv), and uploading a term's figures. An upload is read and checked whole: every error is
/// listed and nothing is stored unless the file is valid; a valid file becomes the term's next draft version.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageBoardData)]
public sealed class BoardDataController(BoardDataStore store, UserManager<BackOfficeUser> users, AuditLog audit, IOptions<PortalOptions> options, TimeProvider clock)
    : BackOfficeController
{
    private const string Base = BoardDataViews.Base;

    [HttpGet(Base)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(BoardDataViews.Index, await store.TermsAsync(cancellationToken));

    [HttpGet(Base + "/template.csv")]
    public IActionResult TemplateCsv() => File(BoardTemplate.Csv(), "text/csv; charset=utf-8", BoardTemplate.CsvFileName);

    [HttpGet(Base + "/template.xlsx")]
    public IActionResult TemplateXlsx() =>
        File(BoardTemplateWorkbook.Write(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", BoardTemplate.XlsxFileName);

    [HttpGet(Base + "/upload")]
    public async Task<IActionResult> Upload(string? term, CancellationToken cancellationToken) =>
        View(BoardDataViews.Upload, await UploadModelAsync(BoardTermId.TryParse(term, out var id) ? id.Slug : null, cancellationToken));

    /// <summary>Reads and checks the file; stores it as the term's next draft version only when it is valid throughout.</summary>
    [HttpPost(Base + "/upload")]
    [BoardDataUploadLimit]
    public async Task<IActionResult> Upload(string? term, IFormFile? file, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var chosen = BoardTermId.TryParse(term, out var id);
        if (!chosen)
        {
            errors.Add("term", "Choose the term the figures are for");
        }
        else if (await store.TermAsync(id, cancellationToken) is { Status: BoardTermStatus.Published })
        {
            errors.Add("term", $"{id} is already published to the Board: its figures cannot be changed");
        }

        var maxBytes = options.Value.BoardData.MaxUploadBytes;
        BoardImportResult? result = null;
        if (file is null || file.Length == 0)
        {
            errors.Add("file", file is null ? "Choose the file with the term's figures (the template, as .xlsx or .csv)" : "The file is empty");
        }
        else if (file.Length > maxBytes)
        {
            errors.Add("file", BoardDataUploadLimitFilter.TooLarge(maxBytes));
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = BoardFileReader.Check(stream, file.FileName);
            foreach (var error in result.Errors)
            {
                errors.Add("file", error.Text);
            }
        }

        var me = await users.GetUserAsync(User);
        if (errors.Count == 0 && result is not null)
        {
            var saved = await store.AddVersionAsync(id, result.Figures, Path.GetFileName(file!.FileName), me?.Email, isExample: false, cancellationToken);
            if (saved.Succeeded)
            {
                await audit.RecordAsync(BoardDataAuditActions.Upload, me?.Id.ToString(), me?.Email, BoardDataAuditActions.ItemType, id.Slug, id.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"Version {saved.Version}: {result.Figures.Count} figures from {Path.GetFileName(file.FileName)}"), ClientAddress, cancellationToken);
                TempData["Message"] = string.Create(CultureInfo.InvariantCulture, $"{id}: version {saved.Version} saved as a draft ({result.Figures.Count} figures). Check the figures, then publish them to the Board.");
                return Redirect($"/{Base}/{id.Slug}");
            }

            errors.Add("term", saved.Status == BoardDataSaveStatus.AlreadyPublished
                ? $"{id} is already published to the Board: its figures cannot be changed"
                : "Someone else uploaded figures for this term at the same moment: upload the file again");
        }

        await audit.RecordAsync(BoardDataAuditActions.UploadRefused, me?.Id.ToString(), me?.Email, BoardDataAuditActions.ItemType, chosen ? id.Slug : null, chosen ? id.ToString() : null,
            string.Create(CultureInfo.InvariantCulture, $"{errors.Count} error(s) in {Path.GetFileName(file?.FileName ?? "no file")}; nothing stored"), ClientAddress, cancellationToken);
        ViewData["Errors"] = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(BoardDataViews.Upload, await UploadModelAsync(chosen ? id.Slug : null, cancellationToken));
    }

    /// <summary>The terms from two school years back to next year, and any other term already stored, newest first.</summary>
    private async Task<BoardUploadModel> UploadModelAsync(string? selected, CancellationToken cancellationToken)
    {
        var stored = await store.TermsAsync(cancellationToken);
        var today = UkTime.FromUtc(clock.GetUtcNow().UtcDateTime);
        var thisYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var offered = Enumerable.Range(thisYear - 2, 4)
            .SelectMany(year => Enum.GetValues<SchoolTerm>().Select(t => new BoardTermId(year, t)))
            .Concat(stored.Select(s => s.Term));
        if (BoardTermId.TryParse(selected, out var chosen))
        {
            offered = offered.Append(chosen);
        }

        var options = offered.Distinct().OrderByDescending(t => t).Select(t =>
        {
            var s = stored.FirstOrDefault(x => x.Term == t);
            var note = s is null ? null
                : s.Status == BoardTermStatus.Published ? "published"
                : string.Create(CultureInfo.InvariantCulture, $"draft, version {s.LatestVersion}");
            return new BoardTermOption(t.Slug, t.ToString(), note);
        }).ToList();
        return new BoardUploadModel(options, selected);
    }
}
