using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.BackOffice.Reports;
using VirtualSchool.Portal.Web.BackOffice.Training;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// Exports of a form's entries (the list's filters apply): CSV and .xlsx, one column per answer field of the current
/// form plus the entry's state and dates. Rows are read from the database as they are written, so an export of 100,000
/// entries holds one at a time; sensitive answers are masked without the ViewSensitive right; formula-like cells defused.
/// </summary>
public sealed partial class FormEntriesController
{
    [HttpGet("umbraco/forms/{key:guid}/entries/export.csv")]
    public Task<IActionResult> ExportCsv(Guid key, string? from, string? to, string? state, string? q) =>
        ExportAsync(key, new FormEntriesFilter(from, to, state, q), "csv");

    [HttpGet("umbraco/forms/{key:guid}/entries/export.xlsx")]
    public Task<IActionResult> ExportXlsx(Guid key, string? from, string? to, string? state, string? q) =>
        ExportAsync(key, new FormEntriesFilter(from, to, state, q), "xlsx");

    private async Task<IActionResult> ExportAsync(Guid key, FormEntriesFilter filter, string format)
    {
        if (await forms.GetAsync(key, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        if (!Allows(form, FormRight.ViewEntries) || !Allows(form, FormRight.Export))
        {
            return Forbidden();
        }

        var errors = new FormErrors();
        var query = filter.Read(errors);
        if (errors.Count > 0)
        {
            return await ListAsync(form, filter, errors);
        }

        var fields = answers.AnswerFields(form);
        var sensitive = Allows(form, FormRight.ViewSensitive) ? SensitiveAnswers.Show : SensitiveAnswers.Mask;
        var header = new List<string> { "Entry", "State", "Sent (UK time)", "Last changed (UK time)" };
        header.AddRange(fields.Select(EntryAnswers.Caption));
        IEnumerable<string?> Row(FormEntry entry)
        {
            var given = answers.For(form, entry, sensitive).ToDictionary(a => a.Field.Key, a => a.Value);
            return new[] { entry.Key.ToString(), entry.State.ToString(), When(entry.CreatedAt), When(entry.UpdatedAt) }
                .Concat(fields.Select(f => given.GetValueOrDefault(f.Key)));
        }

        var name = $"{Slug(form.Name)}-entries-{DateTime.UtcNow:yyyy-MM-dd}.{format}";
        await RecordAsync(AuditActions.FormEntriesExport, form, $"{format}, filters: {(filter.QueryString is { Length: > 0 } qs ? Uri.UnescapeDataString(qs) : "none")}");
        var rows = entries.StreamAsync(form.Key, query, HttpContext.RequestAborted);
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            Response.Headers.ContentDisposition = Attachment(name);
            await using var writer = new StreamWriter(Response.Body, Csv.Encoding, leaveOpen: true);
            await writer.WriteAsync(Csv.Line(header));
            await foreach (var entry in rows)
            {
                await writer.WriteAsync(Csv.Line(Row(entry)));
            }

            await writer.FlushAsync(HttpContext.RequestAborted);
            return new EmptyResult();
        }

        using var xlsx = new FormEntriesXlsx();
        xlsx.WriteRow(header);
        await foreach (var entry in rows)
        {
            xlsx.WriteRow(Row(entry));
        }

        return File(xlsx.Finish("Entries"), Xlsx.ContentType, name);
    }

    private static string Attachment(string fileName) =>
        new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();

    private static string When(DateTime utc) => UkTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length == 0 ? "form" : slug.Length > 60 ? slug[..60] : slug;
    }
}
