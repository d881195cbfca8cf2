using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Controllers;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.ContentTools;

/// <summary>The pages to put in order: below <see cref="Parent"/>, or at the top level when it is null.</summary>
public sealed record ContentSortViewModel(ContentNode? Parent, IReadOnlyList<ContentNode> Children)
{
    public string Path => Parent is null ? "/umbraco/content/sort" : $"/umbraco/content/{Parent.Key}/sort";

    public string Title => Parent is null ? "Sort the top-level pages" : $"Sort the pages below '{Parent.Name}'";
}

/// <summary>
/// Putting a page's children (or the top-level pages) in order, without JavaScript: a position per page, or
/// one step up or down.
/// The new order is live at once (menus and listings follow it), so it needs PublishContent.
/// </summary>
[Authorize(Policy = BackOfficePolicies.PublishContent)]
public sealed class ContentSortController(ContentService content, IContentRepository repository, AuditLog audit) : BackOfficeController
{
    [HttpGet("umbraco/content/sort")]
    public Task<IActionResult> Roots(CancellationToken cancellationToken) => Index(null, cancellationToken);

    [HttpGet("umbraco/content/{key:guid}/sort")]
    public async Task<IActionResult> Index(Guid? key, CancellationToken cancellationToken) =>
        await ModelAsync(key, cancellationToken) is { } model ? View("Index", model) : NotFound();

    [HttpPost("umbraco/content/sort")]
    public Task<IActionResult> SaveRoots(Guid? up, Guid? down, CancellationToken cancellationToken) => Save(null, up, down, cancellationToken);

    [HttpPost("umbraco/content/{key:guid}/sort")]
    public async Task<IActionResult> Save(Guid? key, Guid? up, Guid? down, CancellationToken cancellationToken)
    {
        if (await ModelAsync(key, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        var order = model.Children.Select(c => c.Key).ToList();
        var errors = new FormErrors();
        if ((up ?? down) is { } step)
        {
            var index = order.IndexOf(step);
            var target = up is null ? index + 1 : index - 1;
            if (index < 0 || target < 0 || target >= order.Count)
            {
                errors.Add("order", "That page cannot move further");
            }
            else
            {
                (order[index], order[target]) = (order[target], order[index]);
            }
        }
        else
        {
            var positions = new Dictionary<Guid, int>();
            foreach (var child in model.Children)
            {
                var field = $"position-{child.Key:N}";
                if (!int.TryParse(Request.Form[field], NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) || position < 1)
                {
                    errors.Add(field, $"Enter a whole number of 1 or more for the position of '{child.Name}'");
                }

                positions[child.Key] = position;
            }

            // Ties keep the current order, so typing one number is enough to move one page.
            order = model.Children.Select((c, i) => (c.Key, i)).OrderBy(x => positions[x.Key]).ThenBy(x => x.i).Select(x => x.Key).ToList();
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = errors;
            return View("Index", model);
        }

        var result = await content.SortAsync(key, order, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Errors"] = new FormErrors { ("order", result.Message ?? "The order could not be saved") };
            return View("Index", await ModelAsync(key, cancellationToken));
        }

        var names = order.Select(k => model.Children.First(c => c.Key == k).Name);
        await audit.RecordAsync(User, ClientAddress, AuditActions.Sort, model.Parent, $"{(model.Parent is null ? "top-level pages" : "children")} in order: {string.Join(", ", names)}", cancellationToken);
        TempData["Message"] = "The new order has been saved.";
        return Redirect(model.Path);
    }

    private async Task<ContentSortViewModel?> ModelAsync(Guid? key, CancellationToken cancellationToken)
    {
        ContentNode? parent = null;
        if (key is { } parentKey && (parent = await repository.GetNodeAsync(parentKey, cancellationToken)) is not { Trashed: false })
        {
            return null;
        }

        return new(parent, (await repository.GetChildrenAsync(key, cancellationToken)).Where(c => !c.Trashed).ToList());
    }
}
