using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.BackOffice.Reports;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Feedback;

public sealed record FeedbackRow(FeedbackPageCounts Counts, string Name);

public sealed record FeedbackListViewModel(Paged<FeedbackRow> Pages, string? From, string? To, FormErrors Errors);

/// <summary>What readers said about each page ("Is this page useful?"), by date range, on screen and as CSV.</summary>
[Authorize(Policy = BackOfficePolicies.ReadFeedback)]
public sealed class FeedbackReportController(
    FeedbackReport report,
    IPublishedContentCache cache,
    Infrastructure.Audit.AuditLog audit,
    Microsoft.AspNetCore.Identity.UserManager<Users.BackOfficeUser> users) : BackOfficeController
{
    private const int PagesPerScreen = 25;
    private const int CommentsPerScreen = 20;

    [HttpGet("umbraco/feedback")]
    public async Task<IActionResult> Index(string? from, string? to, int page = 1)
    {
        var errors = new FormErrors();
        var period = Period(from, to, errors);
        page = CheckPage(page, errors);
        var found = await report.PagesAsync(period, page, PagesPerScreen, HttpContext.RequestAborted);
        var rows = new Paged<FeedbackRow>([.. found.Items.Select(c => new FeedbackRow(c, NameOf(c.PageKey, c.Path)))], found.Total, found.Page, found.PageSize);
        return View(new FeedbackListViewModel(rows, from, to, errors));
    }

    [HttpGet("umbraco/feedback/page")]
    public async Task<IActionResult> Page(Guid key, string? from, string? to, int page = 1)
    {
        var errors = new FormErrors();
        var period = Period(from, to, errors);
        page = CheckPage(page, errors);
        var (counts, comments) = await report.PageAsync(key, period, page, CommentsPerScreen, HttpContext.RequestAborted);
        var published = cache.GetByKey(key);
        if (counts is null && published is null && errors.Count == 0)
        {
            return NotFound();
        }

        return View(new FeedbackPageViewModel(key, published?.Name ?? counts?.Path ?? key.ToString(), counts, comments, from, to, errors));
    }

    [HttpGet("umbraco/feedback/export.csv")]
    public async Task<IActionResult> Export(string? from, string? to)
    {
        var errors = new FormErrors();
        var period = Period(from, to, errors);
        if (errors.Count > 0)
        {
            return PeriodRefused(from, to, errors);
        }

        await using var writer = await BeginCsvAsync($"feedback-{from ?? "start"}-to-{to ?? "now"}.csv", "pages and counts", from, to);
        await writer.WriteAsync(Csv.Line("Page", "Path", "Page key", "Yes", "No", "Answers", "Useful (%)", "Comments"));
        await foreach (var row in report.AllPagesAsync(period, HttpContext.RequestAborted))
        {
            await writer.WriteAsync(Csv.Line(
                NameOf(row.PageKey, row.Path), row.Path, row.PageKey.ToString(),
                Number(row.Yes), Number(row.No), Number(row.Total), row.PercentUseful is { } p ? Number(p) : "", Number(row.Comments)));
        }

        await writer.FlushAsync(HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>Every comment in the period, newest first, with its page, answer and UK time: what editors read through in a spreadsheet.</summary>
    [HttpGet("umbraco/feedback/comments.csv")]
    public async Task<IActionResult> ExportComments(string? from, string? to)
    {
        var errors = new FormErrors();
        var period = Period(from, to, errors);
        if (errors.Count > 0)
        {
            return PeriodRefused(from, to, errors);
        }

        await using var writer = await BeginCsvAsync($"feedback-comments-{from ?? "start"}-to-{to ?? "now"}.csv", "comments", from, to);
        await writer.WriteAsync(Csv.Line("Date (UK time)", "Page", "Path", "Useful", "Comment"));
        await foreach (var (pageKey, path, comment) in report.AllCommentsAsync(period, HttpContext.RequestAborted))
        {
            await writer.WriteAsync(Csv.Line(
                UkTime.FromUtc(comment.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                NameOf(pageKey, path), path, comment.Useful ? "Yes" : "No", comment.Comment));
        }

        await writer.FlushAsync(HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>The list page with the date errors (400, set by <see cref="Period"/>) instead of a download.</summary>
    private ViewResult PeriodRefused(string? from, string? to, FormErrors errors) =>
        View(nameof(Index), new FeedbackListViewModel(new Paged<FeedbackRow>([], 0, 1, PagesPerScreen), from, to, errors));

    /// <summary>Records the export (who, what, which dates) and starts the CSV download.</summary>
    private async Task<StreamWriter> BeginCsvAsync(string fileName, string what, string? from, string? to)
    {
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(Core.Audit.AuditActions.Export, me?.Id.ToString(), me?.Email, "feedback", null, fileName,
            $"feedback {what} from {from ?? "the start"} to {to ?? "now"}", ClientAddress, HttpContext.RequestAborted);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        return new StreamWriter(Response.Body, Csv.Encoding, leaveOpen: true);
    }

    private string NameOf(Guid key, string path) => cache.GetByKey(key)?.Name ?? path;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private FeedbackPeriod Period(string? from, string? to, FormErrors errors)
    {
        var period = new FeedbackPeriod(UkDateFilter.StartOfDay(from, "from", errors), UkDateFilter.EndOfDay(to, "to", errors));
        if (period is { From: { } start, To: { } end } && end <= start)
        {
            errors.Add("to", "The end date must be the same as or after the start date");
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return period;
    }

    private int CheckPage(int page, FormErrors errors)
    {
        if (page is >= 1 and <= 100_000)
        {
            return page;
        }

        errors.Add("page", "There is no such page of results");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return 1;
    }
}
