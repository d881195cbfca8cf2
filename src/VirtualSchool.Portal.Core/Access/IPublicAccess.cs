using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Access;

/// <summary>
/// Umbraco's "public access": a content node or media item restricted to member groups, inherited by
/// everything below it. Every reader of published content (pages, navigation, sitemap, search, the
/// Delivery API, protected files) asks this before showing an item, so a restriction is enforced in one place.
/// </summary>
public interface IPublicAccess
{
    /// <summary>
    /// The member groups allowed to see a published node, from the nearest restricted node at or above it;
    /// null when the node is public.
    /// </summary>
    IReadOnlySet<string>? AllowedGroups(PublishedContent content);

    /// <summary>The member groups allowed to see a media item (folders restrict what is in them); null when public.</summary>
    IReadOnlySet<string>? AllowedMediaGroups(Guid mediaKey);

    /// <summary>Changes whenever a restriction is added, changed or removed; caches of public answers key on it.</summary>
    long Version => 0;
}

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

/// <summary>The answer when no restriction has been stored: everything is public.</summary>
public sealed class NoPublicAccessRules : IPublicAccess
{
    public IReadOnlySet<string>? AllowedGroups(PublishedContent content) => null;

    public IReadOnlySet<string>? AllowedMediaGroups(Guid mediaKey) => null;
}
