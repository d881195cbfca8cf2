using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// The only way to a protected file: the member's groups are checked against the file's rule (or its
/// folders') on every request, the answer is never stored by a browser or proxy, it is always a download,
/// and every download is recorded in the audit log.
/// </summary>
public sealed class MembersFilesController(IPublicAccess access, MediaRepository media, MediaFileStore files, AuditLog audit) : MembersAreaController
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [HttpGet("members/files/{key:guid}/{name?}")]
    [HttpHead("members/files/{key:guid}/{name?}")]
    public async Task<IActionResult> Download(Guid key)
    {
        var item = await media.GetAsync(key, HttpContext.RequestAborted);
        if (item is null || item.Trashed || item.IsFolder || item.StoragePath is null
            || files.FullPath(item.StoragePath) is not { } full || !System.IO.File.Exists(full))
        {
            return NotFound();
        }

        var allowed = access.AllowedMediaGroups(key);
        var member = await MemberPrincipals.MemberAsync(HttpContext);
        if (allowed is not null)
        {
            if (member is null)
            {
                return Challenge(new AuthenticationProperties { RedirectUri = Request.Path + Request.QueryString }, MemberAuthentication.Scheme);
            }

            if (!access.CanViewMedia(key, MemberPrincipals.Groups(member)))
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return View("~/Views/MemberSignIn/Forbidden.cshtml");
            }
        }

        if (HttpMethods.IsGet(Request.Method))
        {
            await audit.RecordAsync(AuditActions.ProtectedDownload, MembersBoardController.MemberId(member), MembersBoardController.MemberEmail(member),
                "media", key.ToString(), item.Name, Path.GetFileName(full) + (allowed is null ? " (public file)" : ""), ClientAddress);
        }

        Response.Headers.CacheControl = "private, no-store";
        var contentType = ContentTypes.TryGetContentType(full, out var type) ? type : "application/octet-stream";
        return PhysicalFile(full, contentType, Path.GetFileName(full));
    }
}
