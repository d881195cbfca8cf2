using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// A level of the content tree as an HTML fragment (the tree's list items), for the tree's script: opening a branch
/// and "Show more". Without JavaScript the same links reload the screen with the branch open, or open the content list.
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class ContentTreeController(ContentTree tree) : BackOfficeController
{
    [HttpGet("umbraco/content/tree")]
    public async Task<IActionResult> Branch([FromQuery(Name = "parent")] string? parent, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        // Read by hand: a key or page that does not parse is the caller's mistake (400), not an empty top level.
        Guid? parentKey = null;
        if (!string.IsNullOrEmpty(parent))
        {
            if (!Guid.TryParse(parent, out var key))
            {
                return BadRequest();
            }

            parentKey = key;
        }

        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return BadRequest();
        }

        var branch = await tree.BranchAsync(parentKey, number, cancellationToken);
        if (branch is null || (number > branch.Pages))
        {
            return NotFound();
        }

        return PartialView("~/Areas/BackOffice/Views/Shared/Components/ContentTree/_Items.cshtml", new ContentTreeFragment(branch, Current: null));
    }
}
