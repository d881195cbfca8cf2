using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// Moving a page (live at once, and its old addresses redirect: publishers only) and copying one (the copy is an
/// unpublished draft: anyone who edits content). The form browses the tree one level, one page of 50, at a time
/// (<c>?in={parent}&amp;page=N</c>), and the chosen destination is checked on the server on its own.
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class ContentMoveCopyController(
    ContentService content, IContentRepository repository, ContentDestinations destinations, AuditLog audit) : BackOfficeController
{
    /// <summary>The form's value for the root, which has no key.</summary>
    public const string Root = "root";

    [HttpGet("umbraco/content/{key:guid}/move")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public Task<IActionResult> Move(Guid key, [FromQuery(Name = "in")] string? level, [FromQuery] string? page, CancellationToken cancellationToken) =>
        FormAsync(key, copy: false, level, page, cancellationToken);

    [HttpGet("umbraco/content/{key:guid}/copy")]
    public Task<IActionResult> Copy(Guid key, [FromQuery(Name = "in")] string? level, [FromQuery] string? page, CancellationToken cancellationToken) =>
        FormAsync(key, copy: true, level, page, cancellationToken);

    [HttpPost("umbraco/content/{key:guid}/move")]
    [Authorize(Policy = BackOfficePolicies.PublishContent)]
    public async Task<IActionResult> MovePost(Guid key, string? parent, CancellationToken cancellationToken)
    {
        if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } node)
        {
            return NotFound();
        }

        if (await destinations.CheckAsync(node, parent, excludeOwnBranch: true, cancellationToken) is not { } destination)
        {
            return await RefuseAsync(node, copy: false, "Choose where to move the page", cancellationToken);
        }

        var result = await content.MoveAsync(key, destination.Key, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(node, copy: false, result.Message ?? "The page could not be moved there", cancellationToken);
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

        if (await destinations.CheckAsync(node, parent, excludeOwnBranch: includeDescendants, cancellationToken) is not { } destination)
        {
            return await RefuseAsync(node, copy: true, "Choose where to copy the page", cancellationToken);
        }

        var result = await content.CopyAsync(key, destination.Key, includeDescendants, User.Identity?.Name, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(node, copy: true, result.Message ?? "The page could not be copied there", cancellationToken);
        }

        await audit.RecordAsync(User, ClientAddress, AuditActions.Copy, result.Node,
            $"copy of {node.Key} to {destination.Label}{(includeDescendants ? ", with its descendants" : "")}", cancellationToken);
        TempData["Message"] = $"'{node.Name}' has been copied to {destination.Label} as '{result.Node!.Name}', unpublished.";
        return Redirect($"/umbraco/content/{result.Node!.Key}");
    }

    private async Task<IActionResult> FormAsync(Guid key, bool copy, string? level, string? page, CancellationToken cancellationToken)
    {
        if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } node)
        {
            return NotFound();
        }

        ContentNode? parent = null;
        if (!string.IsNullOrEmpty(level))
        {
            if (!Guid.TryParse(level, out var levelKey))
            {
                return BadRequest("The 'in' query must be the key of a page, or empty for the top level.");
            }

            if ((parent = await repository.GetNodeAsync(levelKey, cancellationToken)) is null or { Trashed: true })
            {
                return NotFound("There is no page with that key to look inside.");
            }
        }

        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return BadRequest("The 'page' query must be a whole number from 1.");
        }

        var pages = await destinations.PagesAsync(parent?.Key, cancellationToken);
        if (number > pages)
        {
            return NotFound($"This level has {pages} page{(pages == 1 ? "" : "s")}.");
        }

        // A copy without its descendants may go below itself; whether it takes them is only known when the form is posted.
        var levelModel = await destinations.LevelAsync(node, parent, number, excludeOwnBranch: !copy, cancellationToken);
        return View("Index", new ContentMoveCopyViewModel(node, copy, levelModel));
    }

    /// <summary>A 400 with the error against <c>parent</c>, showing the top level to choose again from.</summary>
    private async Task<IActionResult> RefuseAsync(ContentNode node, bool copy, string message, CancellationToken cancellationToken)
    {
        var level = await destinations.LevelAsync(node, null, 1, excludeOwnBranch: !copy, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = new FormErrors { new("parent", message) };
        return View("Index", new ContentMoveCopyViewModel(node, copy, level));
    }
}
