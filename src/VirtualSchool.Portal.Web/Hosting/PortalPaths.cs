namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// Finds the site root: the folder with <c>uSync/</c>, <c>wwwroot/</c> and (by default) <c>App_Data/</c>.
/// In the repository that is the top folder, beside the solution file, whichever folder the host starts in.
/// </summary>
public static class PortalPaths
{
    private const string SolutionFile = "VirtualSchool.Portal.sln";

    /// <summary>
    /// The content root: the application's own folder, where its <c>appsettings.json</c> is, rather than the
    /// working directory (a node started from elsewhere would otherwise run without its settings). Null, so the
    /// host's own rules apply, when one is given with <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>.
    /// </summary>
    public static string? ApplicationRoot(string[] args)
    {
        var given = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return given ? null : AppContext.BaseDirectory;
    }

    public static string FindSiteRoot(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        return contentRoot;
    }
}
