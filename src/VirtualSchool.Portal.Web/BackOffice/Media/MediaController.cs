using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

public sealed record MediaLibraryViewModel(MediaItem? Folder, IReadOnlyList<MediaItem> Breadcrumbs, MediaPage Items, int Page, int Pages, long MaxUploadBytes);

/// <summary>
/// The media library for administrators and editors: folders, uploads, rename, replace (same URL), delete to
/// the recycle bin after a warning when content uses the item, restore, and emptying the bin (administrators).
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageMedia)]
public sealed class MediaController(MediaService media, MediaRepository repository, AuditLog audit, IOptions<PortalOptions> options) : BackOfficeController
{
    public const int PageSize = 20;

    [HttpGet("umbraco/media")]
    public async Task<IActionResult> Index(Guid? folder, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = await LibraryAsync(folder, page, cancellationToken);
        return model is null ? Refuse(StatusCodes.Status404NotFound, "folder", "There is no such folder", await RootAsync(cancellationToken)) : View("Index", model);
    }

    [HttpPost("umbraco/media/folders")]
    public async Task<IActionResult> CreateFolder(Guid? folder, string? name, CancellationToken cancellationToken)
    {
        var result = await media.CreateFolderAsync(name ?? "", folder, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result, "name", folder, cancellationToken);
        }

        await RecordAsync(AuditActions.MediaFolderCreate, result.Item!, null, cancellationToken);
        return Done($"The folder '{result.Item!.Name}' has been created.", folder);
    }

    [HttpPost("umbraco/media/upload")]
    [MediaUploadLimit]
    public async Task<IActionResult> Upload(Guid? folder, string? name, CancellationToken cancellationToken)
    {
        if (Request.Form.Files.GetFile("file") is not { } file)
        {
            return Refuse(StatusCodes.Status400BadRequest, "file", "Select a file", await LibraryAsync(folder, 1, cancellationToken) ?? await RootAsync(cancellationToken));
        }

        await using var content = file.OpenReadStream();
        var result = await media.UploadAsync(file.FileName, content, folder, name, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result, "file", folder, cancellationToken);
        }

        await RecordAsync(AuditActions.MediaUpload, result.Item!, $"{result.Item!.Url} ({FileSizes.Format(result.Item.Bytes ?? 0)})", cancellationToken);
        return Done($"'{result.Item.Name}' has been uploaded.", folder);
    }

    [HttpPost("umbraco/media/{key:guid}/rename")]
    public async Task<IActionResult> Rename(Guid key, CancellationToken cancellationToken)
    {
        // Each row's field has its own id (for the error summary's link), and so its own name.
        var name = Request.Form[$"name-{key:N}"].ToString();
        var before = await repository.GetAsync(key, cancellationToken);
        var result = await media.RenameAsync(key, name, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result, $"name-{key:N}", before?.ParentKey, cancellationToken);
        }

        await RecordAsync(AuditActions.MediaRename, result.Item!, $"from '{before?.Name}'", cancellationToken);
        return Done($"'{before?.Name}' has been renamed to '{result.Item!.Name}'.", result.Item.ParentKey);
    }

    [HttpPost("umbraco/media/{key:guid}/replace")]
    [MediaUploadLimit]
    public async Task<IActionResult> Replace(Guid key, CancellationToken cancellationToken)
    {
        var item = await repository.GetAsync(key, cancellationToken);
        if (Request.Form.Files.GetFile("file") is not { } file)
        {
            return Refuse(StatusCodes.Status400BadRequest, $"file-{key:N}", "Select a file", await LibraryAsync(item?.ParentKey, 1, cancellationToken) ?? await RootAsync(cancellationToken));
        }

        await using var content = file.OpenReadStream();
        var result = await media.ReplaceFileAsync(key, file.FileName, content, cancellationToken);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result, $"file-{key:N}", item?.ParentKey, cancellationToken);
        }

        await RecordAsync(AuditActions.MediaReplace, result.Item!, $"{result.Item!.Url} ({FileSizes.Format(result.Item.Bytes ?? 0)})", cancellationToken);
        return Done($"The file of '{result.Item.Name}' has been replaced; its link is unchanged.", result.Item.ParentKey);
    }

    [HttpPost("umbraco/media/{key:guid}/delete")]
    public async Task<IActionResult> Delete(Guid key, bool confirm, CancellationToken cancellationToken)
    {
        var result = await media.DeleteAsync(key, confirm, cancellationToken);
        if (result.Status == MediaOperationStatus.UsedByContent)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Errors"] = new FormErrors { new("confirm", result.Message!) };
            return View("ConfirmDelete", new MediaDeleteViewModel(result.Item!, Pages(result)));
        }

        if (!result.Succeeded)
        {
            return await RefuseAsync(result, "folder", null, cancellationToken);
        }

        var detail = result.UsedBy.Count == 0 ? "to the recycle bin" : $"to the recycle bin, confirmed although used on {string.Join(", ", Pages(result))}";
        await RecordAsync(AuditActions.MediaDelete, result.Item!, detail, cancellationToken);
        return Done($"'{result.Item!.Name}' has been moved to the recycle bin.", result.Item.ParentKey);
    }

    [HttpGet("umbraco/media/recycle-bin")]
    public async Task<IActionResult> RecycleBin(CancellationToken cancellationToken) =>
        View(await repository.ListRecycleBinAsync(cancellationToken));

    [HttpPost("umbraco/media/recycle-bin/{key:guid}/restore")]
    public async Task<IActionResult> Restore(Guid key, CancellationToken cancellationToken)
    {
        var result = await media.RestoreAsync(key, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = MediaStatusCodes.For(result);
            ViewData["Errors"] = new FormErrors { new($"restore-{key:N}", result.Message ?? "The item could not be restored") };
            return View("RecycleBin", await repository.ListRecycleBinAsync(cancellationToken));
        }

        await RecordAsync(AuditActions.MediaRestore, result.Item!, result.Item!.Url, cancellationToken);
        TempData["Message"] = $"'{result.Item.Name}' has been restored.";
        return Redirect("/umbraco/media/recycle-bin");
    }

    [HttpPost("umbraco/media/recycle-bin/empty")]
    [Authorize(Policy = BackOfficePolicies.EmptyMediaRecycleBin)]
    public async Task<IActionResult> EmptyRecycleBin(CancellationToken cancellationToken)
    {
        var binned = await repository.ListRecycleBinAsync(cancellationToken);
        var count = await media.EmptyRecycleBinAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.MediaRecycleBinEmpty, UserId, User.Identity?.Name, "media", null, null,
            $"{count} items deleted for good: {string.Join(", ", binned.Select(m => m.Name))}", ClientAddress, cancellationToken);
        TempData["Message"] = count == 1 ? "1 item has been deleted for good." : $"{count} items have been deleted for good.";
        return Redirect("/umbraco/media/recycle-bin");
    }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static List<string> Pages(MediaOperationResult result) =>
        result.UsedBy.Select(u => u.NodeName).Distinct(StringComparer.Ordinal).ToList();

    private async Task<MediaLibraryViewModel?> LibraryAsync(Guid? folderKey, int page, CancellationToken cancellationToken)
    {
        IReadOnlyList<MediaItem> breadcrumbs = [];
        if (folderKey is { } key)
        {
            breadcrumbs = await repository.GetAncestryAsync(key, cancellationToken);
            if (breadcrumbs.Count == 0 || breadcrumbs[^1] is not { IsFolder: true, Trashed: false })
            {
                return null;
            }
        }

        var first = await media.ListChildrenAsync(folderKey, 0, 0, cancellationToken);
        var pages = Math.Max(1, (int)Math.Ceiling(first.Total / (double)PageSize));
        page = Math.Clamp(page, 1, pages);
        var items = await media.ListChildrenAsync(folderKey, (page - 1) * PageSize, PageSize, cancellationToken);
        return new MediaLibraryViewModel(breadcrumbs.Count == 0 ? null : breadcrumbs[^1], breadcrumbs, items, page, pages, options.Value.Media.MaxUploadBytes);
    }

    /// <summary>The root always exists, so only a missing folder makes <see cref="LibraryAsync"/> return null.</summary>
    private async Task<MediaLibraryViewModel> RootAsync(CancellationToken cancellationToken) =>
        (await LibraryAsync(null, 1, cancellationToken))!;

    private async Task<IActionResult> RefuseAsync(MediaOperationResult result, string field, Guid? folder, CancellationToken cancellationToken)
    {
        var model = await LibraryAsync(folder, 1, cancellationToken) ?? await RootAsync(cancellationToken);
        return Refuse(MediaStatusCodes.For(result), field, result.Message ?? "The media library could not do that", model);
    }

    private ViewResult Refuse(int status, string field, string message, MediaLibraryViewModel model)
    {
        Response.StatusCode = status;
        ViewData["Errors"] = new FormErrors { new(field, message) };
        return View("Index", model);
    }

    private RedirectResult Done(string message, Guid? folder)
    {
        TempData["Message"] = message;
        return Redirect(folder is null ? "/umbraco/media" : $"/umbraco/media?folder={folder}");
    }

    private Task RecordAsync(string action, MediaItem item, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, UserId, User.Identity?.Name, "media", item.Key.ToString(), item.Name, detail, ClientAddress, cancellationToken);
}
