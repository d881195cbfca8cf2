namespace VirtualSchool.Portal.Web.Content;

/// <summary>What every page's layout needs: the service name, navigation and footer, from the site's root node.</summary>
public sealed record SiteModel(
    string ServiceName,
    string? OrganisationName,
    Guid? RootKey,
    IReadOnlyList<NavigationLink> Navigation,
    IReadOnlyList<NavigationLink> FooterLinks,
    string? FooterText)
{
    /// <summary>A page's title ends with the service's name (once), as GOV.UK services' titles do.</summary>
    public string TitleFor(string title) =>
        title.EndsWith(ServiceName, StringComparison.OrdinalIgnoreCase) ? title : $"{title} - {ServiceName}";
}
