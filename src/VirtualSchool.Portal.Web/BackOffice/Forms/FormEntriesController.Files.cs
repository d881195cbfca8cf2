using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// Files uploaded with an entry: served only here, in the back office, to users who may see the form's entries (and,
/// for a sensitive field, its sensitive answers); always as a download (attachment, nosniff), never from a public URL.
/// </summary>
public sealed partial class FormEntriesController
{
    [HttpGet("umbraco/forms/{key:guid}/entries/{entryKey:guid}/files/{fileKey:guid}")]
    public async Task<IActionResult> Download(Guid key, Guid entryKey, Guid fileKey)
    {
        if (await forms.GetAsync(key, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        if (!Allows(form, FormRight.ViewEntries))
        {
            return Forbidden();
        }

        if (await entries.GetAsync(key, entryKey, HttpContext.RequestAborted) is not { } entry
            || (await entries.FilesAsync(entry.Id, HttpContext.RequestAborted)).FirstOrDefault(f => f.Key == fileKey) is not { } file)
        {
            return NotFound();
        }

        var field = (await forms.GetVersionAsync(key, entry.FormVersion, HttpContext.RequestAborted))?.FindField(file.FieldKey) ?? form.FindField(file.FieldKey);
        if (field?.Sensitive == true && !Allows(form, FormRight.ViewSensitive))
        {
            return Forbidden();
        }

        if (uploads.OpenRead(file.Key) is not { } content)
        {
            return NotFound();
        }

        await RecordAsync(AuditActions.FormEntryFileDownload, form, $"{file.FileName} of entry {entry.Key}");
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return File(content, "application/octet-stream", file.FileName);
    }
}
