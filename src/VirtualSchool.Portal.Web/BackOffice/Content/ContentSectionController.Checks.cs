using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Web.BackOffice.Media;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>The content section's checks: validation into the GOV.UK error summary, and who may upload or publish.</summary>
public sealed partial class ContentSectionController
{
    private static string FieldId(ContentEditViewModel model, string alias) =>
        model.Fields.FirstOrDefault(f => string.Equals(f.Property.Alias, alias, StringComparison.OrdinalIgnoreCase))?.ErrorTarget ?? "p-" + alias;

    /// <summary>The name, then each property's errors in the order the form shows them, as GOV.UK's error summary wants.</summary>
    private static FormErrors Validate(ContentEditViewModel model, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(model.Name))
        {
            errors.Add("name", "Enter a name");
        }

        var editorErrors = model.Fields.Where(f => f.Error is not null).ToList();
        var found = editorErrors.Select(f => (f.Property.Alias, Error: new FormError(f.ErrorTarget, f.Error!))).ToList();
        // A value an editor could not read has its own message; the rules apply to the rest.
        var refused = editorErrors.Select(f => f.Property.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        found.AddRange(ContentValidator.Validate(model.Type, values, p => model.Fields.FirstOrDefault(f => f.Property.Alias == p.Alias)?.Editor.MandatoryVerb ?? "Enter")
            .Where(e => !refused.Contains(e.Field))
            .Select(e => (Alias: e.Field, Error: new FormError(FieldId(model, e.Field), MessageFor(model, e)))));
        var order = model.Sections.SelectMany(s => s.Fields).Select((f, i) => (f.Property.Alias, i))
            .ToDictionary(p => p.Alias, p => p.i, StringComparer.OrdinalIgnoreCase);
        errors.AddRange(found.OrderBy(e => order.GetValueOrDefault(e.Alias, int.MaxValue)).Select(e => e.Error));
        return errors;
    }

    private static string MessageFor(ContentEditViewModel model, FormError error) =>
        model.Fields.FirstOrDefault(f => string.Equals(f.Property.Alias, error.Field, StringComparison.OrdinalIgnoreCase)) is { } field
            && error.Message.EndsWith("is not in the right format", StringComparison.Ordinal) && field.Property.Description is { Length: > 0 } description
            ? $"{error.Message}. {description}"
            : error.Message;

    private ViewResult Invalid(ContentEditViewModel model, IEnumerable<FormError> errors, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        var list = new FormErrors();
        list.AddRange(errors);
        ViewData["Errors"] = list;
        return View("Edit", model);
    }

    private ViewResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Areas/BackOffice/Views/Account/Denied.cshtml");
    }

    /// <summary>
    /// An upload field adds to the media library, which is the ManageMedia policy's (administrators, editors): a
    /// writer may not upload there from the media section, so not through a page either.
    /// </summary>
    private async Task<bool> CanUploadAsync() =>
        (await authorization.AuthorizeAsync(User, BackOfficePolicies.ManageMedia)).Succeeded;

    /// <summary>
    /// Stores the files of a save that is valid and going ahead, and audits each as the media library's uploads are;
    /// a file the media service still refuses (a zip-based document with the wrong insides) shows on its field.
    /// </summary>
    private async Task<IActionResult?> StoreUploadsAsync(
        ContentEditViewModel model, IReadOnlyList<PendingUpload> uploads, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        if (uploads.Count == 0)
        {
            return null;
        }

        var results = await editors.StoreUploadsAsync(uploads, values, cancellationToken);
        foreach (var (upload, result) in results.Where(r => r.Result.Succeeded))
        {
            var item = result.Item!;
            await audit.RecordAsync(AuditActions.MediaUpload, User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, "media",
                item.Key.ToString(), item.Name, $"{item.Url} ({FileSizes.Format(item.Bytes ?? 0)}) for '{upload.Alias}' on '{model.Name}'", ClientAddress, cancellationToken);
        }

        var failed = results.Where(r => !r.Result.Succeeded).ToList();
        return failed.Count == 0
            ? null
            : Invalid(model, failed.Select(f => new FormError(f.Upload.ErrorTarget, f.Result.Message ?? "The file could not be uploaded")), MediaStatusCodes.For(failed[0].Result));
    }

    private async Task<bool> CanPublishAsync() =>
        (await authorization.AuthorizeAsync(User, BackOfficePolicies.PublishContent)).Succeeded;
}
