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
