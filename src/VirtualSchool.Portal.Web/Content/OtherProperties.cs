namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// The properties a view does not place itself. Every content view ends with them, so a document type from
/// another site that shares an alias with one of ours (say, "homePage") still shows all of its content.
/// </summary>
public sealed record OtherProperties(PageModel Page, IReadOnlySet<string> Placed)
{
    /// <summary>Properties that are settings, not content: never shown as text.</summary>
    public static readonly IReadOnlySet<string> Settings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "heading", "pageTitle", "metaDescription", "umbracoNaviHide", "hideFromSitemap", "umbracoInternalRedirectId",
        "umbracoRedirect", "umbracoUrlName", "umbracoUrlAlias", "notFoundPage", "robotsTxt", "navigationTitle",
    };

    public static OtherProperties For(PageModel page, params string[] placed) =>
        new(page, new HashSet<string>(Settings.Concat(placed), StringComparer.OrdinalIgnoreCase));
}
