using Microsoft.AspNetCore.StaticFiles;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.Media;

/// <summary>
/// Serves public media files from the data folder (never from wwwroot) by their URL, such as
/// <c>/media/ab12cd34/report.docx</c>. Only files that belong to a media item are served.
/// </summary>
public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".txt" };

    public static void MapMedia(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/media/{**path}", ["GET", "HEAD"], async (string path, HttpContext http, MediaRepository media, MediaFileStore files, IPublicAccess access, CancellationToken cancellationToken) =>
        {
            var url = "/media/" + path;
            if (MediaFileStore.StoragePathFromUrl(url) is null)
            {
                return Results.NotFound();
            }

            var item = await media.GetByUrlAsync(url, cancellationToken);
            if (item?.StoragePath is null || files.FullPath(item.StoragePath) is not { } full || !File.Exists(full))
            {
                return Results.NotFound();
            }

            // A restricted file (or one in a restricted folder) is never served here, whatever address is
            // used, including the one it had before the restriction: only /members/files/ serves it, after a check.
            if (access.AllowedMediaGroups(item.Key) is not null)
            {
                return Results.NotFound();
            }

            var extension = Path.GetExtension(full);
            var contentType = ContentTypes.TryGetContentType(full, out var type) ? type : "application/octet-stream";
            // Browsers and proxies may keep a copy but must ask again before each use (a cheap 304 while nothing has
            // changed): a file restricted after it was read must not go on being served from their caches.
            http.Response.Headers.CacheControl = "public, no-cache";
            return Results.File(
                full,
                contentType,
                fileDownloadName: Inline.Contains(extension) ? null : Path.GetFileName(full),
                lastModified: new DateTimeOffset(File.GetLastWriteTimeUtc(full)),
                enableRangeProcessing: true);
        }).ExcludeFromDescription();
}
