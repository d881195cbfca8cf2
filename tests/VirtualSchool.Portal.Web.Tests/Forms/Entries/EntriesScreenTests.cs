using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Forms.Entries;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>The entries screen: filters and paging, per-form rights, masked sensitive answers, exports, uploads, bulk actions.</summary>
[Collection(EntriesCollection.Name)]
[Trait("Category", "Integration")]
public sealed class EntriesScreenTests(EntriesHost host)
{
    private EntriesPortal Portal => host.Portal;

    private static DateTime Uk(int year, int month, int day, int hour = 12) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, 0, 0), Core.UkTime.Zone);

    [Fact]
    public async Task Entries_are_filtered_by_uk_dates_state_and_text_and_paged_newest_first()
    {
        var name = EntriesPortal.Field("name", "Your name");
        var form = await Portal.CreateFormAsync("Filters", [name]);
        for (var i = 0; i < 55; i++)
        {
            await Portal.AddEntryAsync(form, new() { [name.Key] = [$"Person {i}"] }, Uk(2026, 3, 1).AddMinutes(i), queue: false);
        }

        await Portal.AddEntryAsync(form, new() { [name.Key] = ["Zebedee Early"] }, Uk(2026, 2, 28, 23), FormEntryState.Approved, queue: false);
        await Portal.AddEntryAsync(form, new() { [name.Key] = ["Yolanda Late"] }, Uk(2026, 3, 2, 0), FormEntryState.Rejected, queue: false);
        var admin = await Portal.SignInAdministratorAsync();
        var list = $"/umbraco/forms/{form.Key}/entries";

        var first = await PortalFactory.ParseAsync(await admin.GetAsync(list));
        Assert.StartsWith("57 entries", first.QuerySelector("#entries-count")!.TextContent.Trim());
        Assert.Equal(Web.BackOffice.Forms.FormEntriesController.PageSize, first.QuerySelectorAll("#form-entries tbody tr").Length);
        Assert.Equal("Yolanda Late", first.QuerySelector("#form-entries tbody tr [data-column='name']")!.TextContent);

        var second = await PortalFactory.ParseAsync(await admin.GetAsync(list + "?page=2"));
        Assert.Equal(7, second.QuerySelectorAll("#form-entries tbody tr").Length);

        var march1 = await PortalFactory.ParseAsync(await admin.GetAsync(list + "?from=1/3/2026&to=01/03/2026"));
        Assert.StartsWith("55 entries", march1.QuerySelector("#entries-count")!.TextContent.Trim());

        var approved = await PortalFactory.ParseAsync(await admin.GetAsync(list + "?state=approved"));
        Assert.Equal("Zebedee Early", Assert.Single(approved.QuerySelectorAll("#form-entries tbody tr [data-column='name']")).TextContent);

        var text = await PortalFactory.ParseAsync(await admin.GetAsync(list + "?q=PERSON 5"));
        Assert.StartsWith("6 entries", text.QuerySelector("#entries-count")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(list + "?from=31/2/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(list + "?state=lost")).StatusCode);
    }

    [Fact]
    public async Task Rights_are_checked_per_form_and_uploads_are_never_public()
    {
        var upload = EntriesPortal.Field("file", "Your file", FieldTypeIds.FileUpload);
        var locked = await Portal.CreateFormAsync("Locked", [upload], change: f =>
        {
            f.Permissions.Roles[FormRight.ViewEntries] = [];
            f.Permissions.Roles[FormRight.Export] = [];
            f.Permissions.Roles[FormRight.DeleteEntries] = [];
        });
        var viewOnly = await Portal.CreateFormAsync("View only", [upload], change: f =>
        {
            f.Permissions.Roles[FormRight.Export] = [];
            f.Permissions.Roles[FormRight.DeleteEntries] = [];
        });
        var (entry, file) = await EntryWithFileAsync(locked, upload);
        var (seen, _) = await EntryWithFileAsync(viewOnly, upload);
        var editor = await Portal.SignInAsync(BackOfficeRoles.Editor);
        var fileUrl = $"/umbraco/forms/{locked.Key}/entries/{entry.Key}/files/{file.Key}";

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/umbraco/forms/{locked.Key}/entries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/umbraco/forms/{locked.Key}/entries/{entry.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(fileUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/umbraco/forms/{locked.Key}/entries/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/umbraco/forms/{viewOnly.Key}/entries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/umbraco/forms/{viewOnly.Key}/entries/export.xlsx")).StatusCode);
        var delete = await EntriesPortal.PostAsync(editor, $"/umbraco/forms/{viewOnly.Key}/entries", $"/umbraco/forms/{viewOnly.Key}/entries/bulk",
            [new("operation", "delete"), new("entries", seen.Key.ToString()), new("confirm", "yes")]);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.NotNull(await Portal.Get<FormEntries>().GetAsync(viewOnly.Key, seen.Key));

        var anonymous = Portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync(fileUrl);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/form-uploads/" + file.Key.ToString("N"))).StatusCode);

        var admin = await Portal.SignInAdministratorAsync();
        var download = await admin.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("%PDF-1.4 test", await download.Content.ReadAsStringAsync());
        var detail = await PortalFactory.ParseAsync(await admin.GetAsync($"/umbraco/forms/{locked.Key}/entries/{entry.Key}"));
        Assert.Equal(fileUrl, detail.QuerySelector($"a[data-file='{file.Key}']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sensitive_answers_are_masked_in_the_list_detail_and_csv_for_users_without_the_right()
    {
        var name = EntriesPortal.Field("name", "Your name");
        var health = EntriesPortal.Field("health", "Health", sensitive: true);
        var form = await Portal.CreateFormAsync("Sensitive", [name, health]);
        var entry = await Portal.AddEntryAsync(form, new() { [name.Key] = ["Ada"], [health.Key] = ["Secret-diagnosis"] }, queue: false);
        var editor = await Portal.SignInAsync(BackOfficeRoles.Editor);
        var list = $"/umbraco/forms/{form.Key}/entries";

        var page = await PortalFactory.ParseAsync(await editor.GetAsync(list));
        Assert.Equal(EntryAnswer.HiddenText, page.QuerySelector("#form-entries [data-column='health']")!.TextContent);
        var detail = await editor.GetStringAsync($"{list}/{entry.Key}");
        Assert.DoesNotContain("Secret-diagnosis", detail);
        Assert.Contains(EntryAnswer.HiddenText, detail);
        var csv = await editor.GetStringAsync(list + "/export.csv");
        Assert.DoesNotContain("Secret-diagnosis", csv);
        Assert.Contains(EntryAnswer.HiddenText, csv);
        var search = await PortalFactory.ParseAsync(await editor.GetAsync(list + "?q=secret-diagnosis"));
        Assert.StartsWith("0 entries", search.QuerySelector("#entries-count")!.TextContent.Trim());

        var admin = await Portal.SignInAdministratorAsync();
        Assert.Contains("Secret-diagnosis", await admin.GetStringAsync(list + "/export.csv"));
    }

    [Fact]
    public async Task Exports_escape_formulas_in_csv_and_xlsx_and_have_a_column_per_field()
    {
        var name = EntriesPortal.Field("name", "Your name");
        var note = EntriesPortal.Field("note", "Note");
        var form = await Portal.CreateFormAsync("Formulas", [name, note]);
        await Portal.AddEntryAsync(form, new() { [name.Key] = ["=HYPERLINK(\"http://evil\")"], [note.Key] = ["+1", "@SUM"] }, queue: false);
        await Portal.AddEntryAsync(form, new() { [name.Key] = ["-2"], [note.Key] = ["\tTab"] }, queue: false);
        var admin = await Portal.SignInAdministratorAsync();
        var list = $"/umbraco/forms/{form.Key}/entries";

        var csv = await admin.GetAsync(list + "/export.csv");
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Entry,State,Sent (UK time),Last changed (UK time),Your name,Note", text.TrimStart('\uFEFF'));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text);
        Assert.Contains("'-2", text);
        Assert.Contains("'+1, @SUM", text);

        var xlsx = await admin.GetAsync(list + "/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["Entry", "State", "Sent (UK time)", "Last changed (UK time)", "Your name", "Note"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r[4] == "'=HYPERLINK(\"http://evil\")");
        Assert.Contains(rows, r => r[4] == "'-2" && r[5] == "'\tTab");
        Assert.DoesNotContain(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<CellFormula>(), _ => true);

        await using var db = await Portal.DbAsync();
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == AuditActions.FormEntriesExport && a.ItemKey == form.Key.ToString()));
    }

    [Fact]
    public async Task Deleting_entries_asks_first_then_deletes_them_with_their_files_and_is_audited()
    {
        var upload = EntriesPortal.Field("file", "Your file", FieldTypeIds.FileUpload);
        var form = await Portal.CreateFormAsync("Deleting", [upload]);
        var (first, file) = await EntryWithFileAsync(form, upload);
        var (second, _) = await EntryWithFileAsync(form, upload);
        var (kept, _) = await EntryWithFileAsync(form, upload);
        var admin = await Portal.SignInAdministratorAsync();
        var list = $"/umbraco/forms/{form.Key}/entries";
        var selected = new KeyValuePair<string, string>[] { new("operation", "delete"), new("entries", first.Key.ToString()), new("entries", second.Key.ToString()) };

        var ask = await EntriesPortal.PostAsync(admin, list, list + "/bulk", selected);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Delete these 2 entries?", await ask.Content.ReadAsStringAsync());
        Assert.NotNull(await Portal.Get<FormEntries>().GetAsync(form.Key, first.Key));

        var done = await EntriesPortal.PostAsync(admin, list, list + "/bulk", selected.Append(new("confirm", "yes")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Null(await Portal.Get<FormEntries>().GetAsync(form.Key, first.Key));
        Assert.Null(await Portal.Get<FormEntries>().GetAsync(form.Key, second.Key));
        Assert.NotNull(await Portal.Get<FormEntries>().GetAsync(form.Key, kept.Key));
        Assert.Null(Portal.Get<FormUploadFiles>().OpenRead(file.Key));
        await using var db = await Portal.DbAsync();
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == AuditActions.FormEntriesDelete && a.ItemKey == form.Key.ToString()));

        var nothing = await EntriesPortal.PostAsync(admin, list, list + "/bulk", [new("operation", "approve")]);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
    }

    private async Task<(FormEntry Entry, FormEntryFile File)> EntryWithFileAsync(FormDefinition form, FormField field)
    {
        var key = Guid.NewGuid();
        var entry = await Portal.AddEntryAsync(form, new() { [field.Key] = [key.ToString("D")] }, queue: false);
        await Portal.Get<FormUploadFiles>().SaveAsync(key, new MemoryStream("%PDF-1.4 test"u8.ToArray()));
        var file = new FormEntryFile { Key = key, FormKey = form.Key, FieldKey = field.Key, EntryId = entry.Id, FileName = "evidence.pdf", ContentType = "application/pdf", Length = 13, CreatedAt = DateTime.UtcNow };
        await using var db = await Portal.DbAsync();
        db.FormEntryFiles.Add(file);
        await db.SaveChangesAsync();
        return (entry, file);
    }
}
