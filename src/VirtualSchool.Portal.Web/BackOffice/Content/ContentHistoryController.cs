using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record ContentHistoryViewModel(ContentNode Node, IReadOnlyList<ContentVersion> Versions, bool MayPublish);

/// <summary>
/// A page's versions, two versions side by side, and rolling back to one. Writers may look and roll back to
/// a draft; publishing the rolled-back draft needs <see cref="BackOfficePolicies.PublishContent"/>.
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class ContentHistoryController(
    ContentService content, IContentRepository repository, AuditLog audit, IAuthorizationService authorization, VersionComparer comparer) : BackOfficeController
{
    [HttpGet("umbraco/content/{key:guid}/history")]
    public async Task<IActionResult> Index(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        return node is null
            ? NotFound()
            : View("Index", new ContentHistoryViewModel(node, await repository.GetVersionsAsync(key, cancellationToken), await MayPublishAsync()));
    }

    [HttpGet("umbraco/content/{key:guid}/history/compare")]
    public async Task<IActionResult> Compare(Guid key, long from, long to, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return NotFound();
        }

        var versions = await repository.GetVersionsAsync(key, cancellationToken);
        var older = versions.FirstOrDefault(v => v.Id == from);
        var newer = versions.FirstOrDefault(v => v.Id == to);
        if (older is null || newer is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData["Errors"] = new FormErrors { new("from", "Choose two versions of this page to compare") };
            return View("Index", new ContentHistoryViewModel(node, versions, await MayPublishAsync()));
        }

        if (older.VersionNumber > newer.VersionNumber)
        {
            (older, newer) = (newer, older);
        }

        var rows = await comparer.CompareAsync(node, older, newer, cancellationToken);
        return View("Compare", new ContentCompareViewModel(node, older, newer, rows, await MayPublishAsync()));
    }

    [HttpPost("umbraco/content/{key:guid}/history/{versionId:long}/rollback")]
    public async Task<IActionResult> Rollback(Guid key, long versionId, bool publish, CancellationToken cancellationToken)
    {
        if (publish && !await MayPublishAsync())
        {
            return Forbid(BackOfficePolicies.Scheme);
        }

        var version = await repository.GetVersionAsync(versionId, cancellationToken);
        var result = await content.RollbackAsync(key, versionId, User.Identity?.Name, cancellationToken);
        if (ContentStatusCodes.For(result.Status) == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        var detail = $"to version {version!.VersionNumber}";
        if (publish)
        {
            var published = await content.PublishAsync(key, User.Identity?.Name, cancellationToken: cancellationToken);
            if (!published.Succeeded)
            {
                await RecordAsync(AuditActions.Rollback, result.Node!, detail + ", saved as a draft", cancellationToken);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                var errors = new FormErrors();
                foreach (var error in published.ValidationErrors)
                {
                    errors.Add($"rollback-{versionId}", error.Message);
                }

                errors.Add($"rollback-{versionId}", published.Message ?? "The rolled-back draft was saved but could not be published");
                ViewData["Errors"] = errors;
                return View("Index", new ContentHistoryViewModel(result.Node!, await repository.GetVersionsAsync(key, cancellationToken), true));
            }

            detail += ", published";
        }

        await RecordAsync(AuditActions.Rollback, result.Node!, detail, cancellationToken);
        TempData["Message"] = publish
            ? $"'{result.Node!.Name}' has been rolled back to version {version.VersionNumber} and published."
            : $"'{result.Node!.Name}' has been rolled back to version {version.VersionNumber} as a new draft.";
        return Redirect($"/umbraco/content/{key}/history");
    }

    private async Task<bool> MayPublishAsync() =>
        (await authorization.AuthorizeAsync(User, BackOfficePolicies.PublishContent)).Succeeded;

    private Task RecordAsync(string action, ContentNode node, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, "content",
            node.Key.ToString(), node.Name, detail, ClientAddress, cancellationToken);
}
