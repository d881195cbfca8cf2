using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Addresses of files served by the members area's checked download endpoint.</summary>
public static class ProtectedFiles
{
    public static string Url(MediaItem item)
    {
        var name = Path.GetFileName(item.StoragePath ?? item.Url ?? "") is { Length: > 0 } file ? file : UrlSegments.FromName(item.Name);
        return $"/members/files/{item.Key:D}/{Uri.EscapeDataString(name)}";
    }
}
