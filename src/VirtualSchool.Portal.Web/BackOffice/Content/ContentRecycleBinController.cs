using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// Trashing a page (it and its descendants leave the site), the recycle bin, restoring and, for
/// administrators, emptying it for good. Anyone who edits content may look; only publishers change it.
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class ContentRecycleBinController(
    ContentService content, IContentRepository repository, AuditLog audit, IAuthorizationService authorization) : BackOfficeController
{
    public const int PageSize = 20;

    [HttpPost("umbraco/content/{key:guid}/trash")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public async Task<IActionResult> Trash(Guid key, CancellationToken cancellationToken)
    {
        var result = await content.TrashAsync(key, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result, $"restore-{key:N}", cancellationToken);
        }

        await audit.RecordAsync(User, ClientAddress, AuditActions.Trash, result.Node, "to the recycle bin, unpublished with its descendants", cancellationToken);
        TempData["Message"] = $"'{result.Node!.Name}' has been moved to the recycle bin.";
        return Redirect("/umbraco/content/recycle-bin");
    }

    [HttpGet("umbraco/content/recycle-bin")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View("Index", await ModelAsync(page, cancellationToken));

    [HttpPost("umbraco/content/recycle-bin/{key:guid}/restore")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public async Task<IActionResult> Restore(Guid key, CancellationToken cancellationToken)
    {
        var result = await content.RestoreAsync(key, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result, $"restore-{key:N}", cancellationToken);
        }

        var where = result.Node!.ParentKey is null ? "at the top level, because its parent is gone" : "to where it was";
        await audit.RecordAsync(User, ClientAddress, AuditActions.Restore, result.Node, $"restored {where}, unpublished", cancellationToken);
        TempData["Message"] = $"'{result.Node!.Name}' has been restored {where}. Publish it to put it back on the website.";
        return Redirect("/umbraco/content/recycle-bin");
    }

    [HttpPost("umbraco/content/recycle-bin/empty")]
    [Authorize(Policy = BackOfficePolicies.EmptyContentRecycleBin)]
    public async Task<IActionResult> EmptyBin(CancellationToken cancellationToken)
    {
        var deleted = await content.EmptyRecycleBinAsync(cancellationToken);
        await audit.RecordAsync(User, ClientAddress, AuditActions.RecycleBinEmpty, null,
            $"{deleted.Count} pages (with their descendants) deleted for good: {string.Join(", ", deleted.Select(d => d.Name))}", cancellationToken);
        TempData["Message"] = deleted.Count == 1 ? "1 page has been deleted for good." : $"{deleted.Count} pages have been deleted for good.";
        return Redirect("/umbraco/content/recycle-bin");
    }

    private async Task<ContentRecycleBinViewModel> ModelAsync(int page, CancellationToken cancellationToken)
    {
        var all = await repository.GetTrashedRootsAsync(cancellationToken);
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        return new(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, pages, all.Count,
            (await authorization.AuthorizeAsync(User, BackOfficePolicies.PublishContent)).Succeeded,
            (await authorization.AuthorizeAsync(User, BackOfficePolicies.EmptyContentRecycleBin)).Succeeded);
    }

    /// <summary>A page that is not there is a 404; any other refusal shows the recycle bin again with the reason.</summary>
    private async Task<IActionResult> RefuseAsync(Attempt<ContentNode, ContentOperationStatus> result, string field, CancellationToken cancellationToken)
    {
        var status = ContentStatusCodes.For(result.Status);
        if (status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        ViewData["Errors"] = new FormErrors { new(field, result.Message!) };
        return View("Index", await ModelAsync(1, cancellationToken));
    }
}
