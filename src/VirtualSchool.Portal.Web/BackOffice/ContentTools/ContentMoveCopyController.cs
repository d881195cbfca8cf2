using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Controllers;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.ContentTools;

public sealed record ContentMoveCopyViewModel(ContentNode Node, bool Copy, IReadOnlyList<ContentDestination> Destinations);

/// <summary>
/// Moving a page (live at once, and its old addresses redirect: publishers only) and copying one (the copy is an
/// unpublished draft: anyone who edits content). The destination is checked on the server against the
/// same list the form offers.
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class ContentMoveCopyController(
    ContentService content, IContentRepository repository, ContentDestinations destinations, AuditLog audit) : BackOfficeController
{
    /// <summary>The form's value for the root, which has no key.</summary>
    public const string Root = "root";

    [HttpGet("umbraco/content/{key:guid}/move")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public Task<IActionResult> Move(Guid key, CancellationToken cancellationToken) => FormAsync(key, copy: false, cancellationToken);

    [HttpGet("umbraco/content/{key:guid}/copy")]
    public Task<IActionResult> Copy(Guid key, CancellationToken cancellationToken) => FormAsync(key, copy: true, cancellationToken);

    [HttpPost("umbraco/content/{key:guid}/move")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public async Task<IActionResult> MovePost(Guid key, string? parent, CancellationToken cancellationToken)
    {
        if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } node)
        {
            return NotFound();
        }

        var options = await destinations.ForAsync(node, excludeOwnBranch: true, cancellationToken);
        if (Chosen(parent, options) is not { } destination)
        {
            return Refuse(new ContentMoveCopyViewModel(node, false, options), "Choose where to move the page");
        }

        var result = await content.MoveAsync(key, destination.Key, cancellationToken);
        if (!result.Succeeded)
        {
            return Refuse(new ContentMoveCopyViewModel(node, false, options), result.Message ?? "The page could not be moved there");
        }

        await audit.RecordAsync(User, ClientAddress, AuditActions.Move, result.Node, $"to {destination.Label}", cancellationToken);
        TempData["Message"] = $"'{node.Name}' has been moved to {destination.Label}.";
        return Redirect($"/umbraco/content/{key}");
    }

    [HttpPost("umbraco/content/{key:guid}/copy")]
    public async Task<IActionResult> CopyPost(Guid key, string? parent, bool includeDescendants, CancellationToken cancellationToken)
    {
        if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } node)
        {
            return NotFound();
        }

        var options = await destinations.ForAsync(node, excludeOwnBranch: includeDescendants, cancellationToken);
        if (Chosen(parent, options) is not { } destination)
        {
            return Refuse(new ContentMoveCopyViewModel(node, true, options), "Choose where to copy the page");
        }

        var result = await content.CopyAsync(key, destination.Key, includeDescendants, User.Identity?.Name, cancellationToken);
        if (!result.Succeeded)
        {
            return Refuse(new ContentMoveCopyViewModel(node, true, options), result.Message ?? "The page could not be copied there");
        }

        await audit.RecordAsync(User, ClientAddress, AuditActions.Copy, result.Node,
            $"copy of {node.Key} to {destination.Label}{(includeDescendants ? ", with its descendants" : "")}", cancellationToken);
        TempData["Message"] = $"'{node.Name}' has been copied to {destination.Label} as '{result.Node!.Name}', unpublished.";
        return Redirect($"/umbraco/content/{result.Node.Key}");
    }

    private static ContentDestination? Chosen(string? parent, IReadOnlyList<ContentDestination> options) =>
        parent == Root ? options.FirstOrDefault(o => o.Key is null)
        : Guid.TryParse(parent, out var key) ? options.FirstOrDefault(o => o.Key == key)
        : null;

    private async Task<IActionResult> FormAsync(Guid key, bool copy, CancellationToken cancellationToken) =>
        await repository.GetNodeAsync(key, cancellationToken) is { Trashed: false } node
            ? View("Index", new ContentMoveCopyViewModel(node, copy, await destinations.ForAsync(node, excludeOwnBranch: !copy, cancellationToken)))
            : NotFound();

    private ViewResult Refuse(ContentMoveCopyViewModel model, string message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = new FormErrors { ("parent", message) };
        return View("Index", model);
    }
}
