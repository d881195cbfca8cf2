using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.BackOffice.Members;

/// <summary>
/// Umbraco's "public access" for one content node or media item: restrict it (and everything below it) to
/// member groups, or make it public again. Takes effect at once for pages, files, navigation and the sitemap.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManagePublicAccess)]
public sealed class PublicAccessController(
    PublicAccessRules rules,
    IContentRepository repository,
    IPublishedContentCache cache,
    MediaRepository media,
    RoleManager<MemberGroup> groups,
    AuditLog audit) : BackOfficeController
{
    [HttpGet("umbraco/content/{key:guid}/public-access")]
    public async Task<IActionResult> Content(Guid key) =>
        await ContentModelAsync(key) is { } model ? View("Index", model) : NotFound();

    [HttpPost("umbraco/content/{key:guid}/public-access")]
    public async Task<IActionResult> Content(Guid key, List<string> groupNames)
    {
        var model = await ContentModelAsync(key);
        return model is null ? NotFound() : await SaveAsync(model, groupNames);
    }

    [HttpGet("umbraco/media/{key:guid}/public-access")]
    public async Task<IActionResult> Media(Guid key) =>
        await MediaModelAsync(key) is { } model ? View("Index", model) : NotFound();

    [HttpPost("umbraco/media/{key:guid}/public-access")]
    public async Task<IActionResult> Media(Guid key, List<string> groupNames)
    {
        var model = await MediaModelAsync(key);
        return model is null ? NotFound() : await SaveAsync(model, groupNames);
    }

    private async Task<IActionResult> SaveAsync(PublicAccessModel model, List<string> groupNames)
    {
        var chosen = groupNames.Where(model.Groups.Contains).Distinct().ToList();
        await rules.SetAsync(model.Target, model.Key, chosen, User.Identity?.Name);
        await audit.RecordAsync(AuditActions.PublicAccessChanged, null, User.Identity?.Name, model.Target == PublicAccessTarget.Content ? "content" : "media",
            model.Key.ToString(), model.Name, chosen.Count == 0 ? "public" : "restricted to " + string.Join(", ", chosen), ClientAddress);
        TempData["Message"] = chosen.Count == 0
            ? $"{model.Name} no longer has its own restriction."
            : $"{model.Name} and everything below it can now only be seen by: {string.Join(", ", chosen)}.";
        return Redirect($"/umbraco/{(model.Target == PublicAccessTarget.Content ? "content" : "media")}/{model.Key}/public-access");
    }

    private async Task<PublicAccessModel?> ContentModelAsync(Guid key)
    {
        var node = await repository.GetNodeAsync(key);
        if (node is null || node.Trashed)
        {
            return null;
        }

        var published = cache.GetByKey(key);
        var effective = published is null ? null : rules.AllowedGroups(published);
        return new PublicAccessModel(PublicAccessTarget.Content, key, node.Name, $"/umbraco/content/{key}",
            rules.OwnRule(PublicAccessTarget.Content, key), effective, await GroupNamesAsync());
    }

    private async Task<PublicAccessModel?> MediaModelAsync(Guid key)
    {
        var item = await media.GetAsync(key);
        if (item is null || item.Trashed)
        {
            return null;
        }

        return new PublicAccessModel(PublicAccessTarget.Media, key, item.Name, item.ParentKey is { } parent ? $"/umbraco/media?folder={parent}" : "/umbraco/media",
            rules.OwnRule(PublicAccessTarget.Media, key), rules.AllowedMediaGroups(key), await GroupNamesAsync());
    }

    private async Task<IReadOnlyList<string>> GroupNamesAsync() =>
        await groups.Roles.OrderBy(g => g.Name).Select(g => g.Name!).ToListAsync();
}
