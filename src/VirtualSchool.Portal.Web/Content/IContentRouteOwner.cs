using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// A feature that shows some published document types on pages of its own: the content route of such a node
/// redirects there, so the generic content pages need not know the feature's routes or document types.
/// </summary>
public interface IContentRouteOwner
{
    /// <summary>The address that shows the node, or null when the node is not this feature's.</summary>
    string? RouteFor(PublishedContent content);
}
