using Microsoft.AspNetCore.Mvc;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The content tree beside every content screen (the layout draws it when the screen sets a
/// <see cref="ContentTreeFocus"/>): the top level, the branches down to the screen's page, and any opened by a link.
/// </summary>
public sealed class ContentTreeViewComponent(ContentTree tree) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContentTreeFocus focus)
    {
        var opened = Request.Query[ContentTreeModel.OpenParameter]
            .Select(v => Guid.TryParse(v, out var key) ? key : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .Take(ContentTree.MostOpened)
            .ToList();
        var root = await tree.BuildAsync(focus.Key, openFocus: !focus.IsCurrent, opened, HttpContext.RequestAborted);
        return View(new ContentTreeModel(root, focus.IsCurrent ? focus.Key : null, opened, Request.Path, Request.Query));
    }
}
