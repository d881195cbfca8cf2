namespace VirtualSchool.Portal.Infrastructure;

/// <summary>
/// Where the portal's files are, resolved once at start-up: the site root (with <c>uSync/</c> and
/// <c>wwwroot/</c>) and the data folder (database, media, mail).
/// </summary>
public sealed record PortalLocations(string SiteRoot, string DataPath)
{
    public static PortalLocations Create(string siteRoot, string dataPath)
    {
        var full = Path.GetFullPath(dataPath, siteRoot);
        Directory.CreateDirectory(full);
        return new PortalLocations(siteRoot, full);
    }
}
