using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Access;

public static class PublicAccessExtensions
{
    /// <summary>True when a reader in <paramref name="memberGroups"/> (empty for anonymous) may see the node.</summary>
    public static bool CanView(this IPublicAccess access, PublishedContent content, IReadOnlyCollection<string> memberGroups)
        => Allows(access.AllowedGroups(content), memberGroups);

    public static bool CanViewMedia(this IPublicAccess access, Guid mediaKey, IReadOnlyCollection<string> memberGroups)
        => Allows(access.AllowedMediaGroups(mediaKey), memberGroups);

    public static bool IsProtected(this IPublicAccess access, PublishedContent content) => access.AllowedGroups(content) is not null;

    private static bool Allows(IReadOnlySet<string>? allowed, IReadOnlyCollection<string> memberGroups)
        => allowed is null || memberGroups.Any(allowed.Contains);
}
