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
/// Putting a page's children (or the top-level pages) in order, without JavaScript. A small level is one form: a
/// position per page, or one step up or down. A big one (Umbraco sites have archives of thousands) is paged, and
/// each page has its own small form that posts only its key and the position it should go to, so the request
/// stays small whatever the level's size; the siblings are renumbered on the server in one transaction.
/// The new order is live at once (menus and listings follow it), so it needs PublishContent.
/// </summary>
[Authorize(Policy = BackOfficePolicies.PublishContent)]
public sealed class ContentSortController(ContentService content, IContentRepository repository, AuditLog audit) : BackOfficeController
{
    /// <summary>
    /// The most pages sorted as one form. Each is a position field, well under ASP.NET's 1,024 form fields, and
    /// the page stays a reasonable size to read and to tab through.
    /// </summary>
    public const int WholeListLimit = 200;

    [HttpGet("umbraco/content/sort")]
    public Task<IActionResult> Roots(int page = 1, CancellationToken cancellationToken = default) => Index(null, page, cancellationToken);

    [HttpGet("umbraco/content/{key:guid}/sort")]
    public async Task<IActionResult> Index(Guid? key, int page = 1, CancellationToken cancellationToken = default) =>
        await ModelAsync(key, page, cancellationToken) is { } model ? View("Index", model) : NotFound();

    [HttpPost("umbraco/content/sort")]
    public Task<IActionResult> SaveRoots(Guid? up, Guid? down, CancellationToken cancellationToken) => Save(null, up, down, cancellationToken);

    [HttpPost("umbraco/content/{key:guid}/sort")]
    public async Task<IActionResult> Save(Guid? key, Guid? up, Guid? down, CancellationToken cancellationToken)
    {
        if (await ModelAsync(key, 1, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        if (model.Paged)
        {
            // The whole-list form is never shown for a level this big; one that was open before it grew is refused.
            return Refuse(model, StatusCodes.Status400BadRequest, "order", "This level has too many pages to sort at once: move one page at a time");
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
            return Refuse(await ModelAsync(key, 1, cancellationToken) ?? model, StatusCodes.Status409Conflict, "order", result.Message ?? "The order could not be saved");
        }

        // One lookup per page, not a search of the level per page.
        var names = model.Children.ToDictionary(c => c.Key, c => c.Name);
        await audit.RecordAsync(User, ClientAddress, AuditActions.Sort, model.Parent,
            $"{(model.Parent is null ? "top-level pages" : "children")} in order: {string.Join(", ", order.Select(k => names[k]))}", cancellationToken);
        TempData["Message"] = "The new order has been saved.";
        return Redirect(model.Path);
    }

    [HttpPost("umbraco/content/sort/move")]
    public Task<IActionResult> MoveRoot(Guid? item, int? to, string? position, int page = 1, CancellationToken cancellationToken = default) =>
        Move(null, item, to, position, page, cancellationToken);

    /// <summary>
    /// Moves one page to a position (from 1) among its siblings: <paramref name="to"/> from the up and down buttons,
    /// or <paramref name="position"/> as typed. Only this page's key and the number are posted.
    /// </summary>
    [HttpPost("umbraco/content/{key:guid}/sort/move")]
    public async Task<IActionResult> Move(Guid? key, Guid? item, int? to, string? position, int page = 1, CancellationToken cancellationToken = default)
    {
        if (await ModelAsync(key, page, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        var moving = item is { } itemKey ? await repository.GetNodeAsync(itemKey, cancellationToken) : null;
        if (moving is null || moving.Trashed || moving.ParentKey != key)
        {
            return Refuse(model, StatusCodes.Status400BadRequest, "order", "That page is not below this one: it may have been moved or deleted");
        }

        var field = $"position-{moving.Key:N}";
        var target = to;
        if (target is null && int.TryParse(position, NumberStyles.Integer, CultureInfo.InvariantCulture, out var typed))
        {
            target = typed;
        }

        if (target is not { } wanted || wanted < 1 || wanted > model.Total)
        {
            return Refuse(model, StatusCodes.Status400BadRequest, field,
                $"Enter a whole number from 1 to {model.Total.ToString(CultureInfo.InvariantCulture)} for the position of '{moving.Name}'");
        }

        var result = await content.MoveToPositionAsync(key, moving.Key, wanted, cancellationToken);
        if (!result.Succeeded)
        {
            return Refuse(model, StatusCodes.Status409Conflict, "order", result.Message ?? "The order could not be saved");
        }

        await audit.RecordAsync(User, ClientAddress, AuditActions.Sort, model.Parent,
            $"moved '{moving.Name}' to position {wanted.ToString(CultureInfo.InvariantCulture)} of {model.Total.ToString(CultureInfo.InvariantCulture)} {(model.Parent is null ? "top-level pages" : "children")}",
            cancellationToken);
        TempData["Message"] = $"'{moving.Name}' is now at position {wanted.ToString(CultureInfo.InvariantCulture)} of {model.Total.ToString(CultureInfo.InvariantCulture)}.";
        var landing = (wanted - 1) / ContentSectionController.PageSize + 1;
        return Redirect($"{model.PageLink(landing)}#row-{moving.Key:N}");
    }

    private ViewResult Refuse(ContentSortViewModel model, int status, string field, string message)
    {
        Response.StatusCode = status;
        ViewData["Errors"] = new FormErrors { new(field, message) };
        return View("Index", model);
    }

    /// <summary>
    /// The level, whole when it is small and one page of it when it is big; the count and the page come from the
    /// (ParentKey, SortOrder) index, so a level of thousands is never loaded to be shown.
    /// </summary>
    private async Task<ContentSortViewModel?> ModelAsync(Guid? key, int page, CancellationToken cancellationToken)
    {
        ContentNode? parent = null;
        if (key is { } parentKey && (parent = await repository.GetNodeAsync(parentKey, cancellationToken)) is not { Trashed: false })
        {
            return null;
        }

        var total = (await repository.GetChildrenPageAsync(key, 0, 0, cancellationToken)).Total;
        if (total <= WholeListLimit)
        {
            return new(parent, (await repository.GetChildrenPageAsync(key, 0, total, cancellationToken)).Items, total);
        }

        var pageSize = ContentSectionController.PageSize;
        var pages = (total + pageSize - 1) / pageSize;
        page = Math.Clamp(page, 1, pages);
        var items = (await repository.GetChildrenPageAsync(key, (page - 1) * pageSize, pageSize, cancellationToken)).Items;
        return new(parent, items, total, page, pages);
    }
}
