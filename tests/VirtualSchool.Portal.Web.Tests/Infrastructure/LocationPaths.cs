namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>A redirect's path, whether the portal wrote it relative (as it does) or a handler wrote it absolute.</summary>
public static class LocationPaths
{
    /// <summary>The path and query of <paramref name="location"/>.</summary>
    public static string PathAndQueryOf(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString.Split('#')[0];

    /// <summary>The path of <paramref name="location"/>, without its query.</summary>
    public static string PathOf(this Uri location) => location.PathAndQueryOf().Split('?')[0];
}
