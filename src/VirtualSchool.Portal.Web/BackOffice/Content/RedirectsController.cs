using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record RedirectRow(RedirectUrl Redirect, string? NodeName, string? CurrentRoute);

/// <summary>The 301s left behind by renamed and moved pages, and removing one that is no longer wanted.</summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class RedirectsController(
    IRedirectRepository redirects, IPublishedContentCache cache, IContentRepository repository, AuditLog audit, IAuthorizationService authorization)
    : BackOfficeController
{
    public const int PageSize = 50;

    [HttpGet("umbraco/redirects")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var (_, total) = await redirects.ListAsync(0, 0, cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var (items, _) = await redirects.ListAsync((page - 1) * PageSize, PageSize, cancellationToken);
        var rows = new List<RedirectRow>();
        foreach (var item in items)
        {
            var published = cache.GetByKey(item.NodeKey);
            var name = published?.Name ?? (await repository.GetNodeAsync(item.NodeKey, cancellationToken))?.Name;
            rows.Add(new(item, name, published?.Route));
        }

        var mayDelete = (await authorization.AuthorizeAsync(User, BackOfficePolicies.PublishContent)).Succeeded;
        return View("Index", new RedirectsViewModel(rows, page, pages, total, mayDelete));
    }

    [HttpPost("umbraco/redirects/{id:int}/delete")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var deleted = await redirects.DeleteAsync(id, cancellationToken);
        if (deleted is null)
        {
            return NotFound();
        }

        var node = await repository.GetNodeAsync(deleted.NodeKey, cancellationToken);
        await audit.RecordAsync(User, ClientAddress, AuditActions.RedirectDelete, node, $"redirect from {deleted.OldPath} removed", cancellationToken);
        TempData["Message"] = $"The redirect from {deleted.OldPath} has been removed.";
        return Redirect("/umbraco/redirects");
    }
}
