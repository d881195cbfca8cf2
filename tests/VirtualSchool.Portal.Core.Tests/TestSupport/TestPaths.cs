namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
public static class TestPaths
{
    private const string SolutionFile = "VirtualSchool.Portal.sln";

    /// <summary>The site root: the folder holding the solution, <c>uSync/</c> and <c>wwwroot/</c>.</summary>
    public static string SiteRoot { get; } = FindUp(d => File.Exists(Path.Combine(d, SolutionFile)))
        ?? throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");

    /// <summary>The shared uSync fixtures, which live beside the repository (in its parent's <c>shared/</c>).</summary>
    public static string USyncFixtures { get; } =
        FindUp(d => Directory.Exists(Path.Combine(d, "shared", "fixtures", "usync"))) is { } found
            ? Path.Combine(found, "shared", "fixtures", "usync")
            : Path.Combine(Path.GetDirectoryName(SiteRoot)!, "shared", "fixtures", "usync");

    /// <summary>An Umbraco 9 site's uSync export (the H5YR community site).</summary>
    public static string H5yrV9 => Path.Combine(USyncFixtures, "h5yr-v9");

    /// <summary>An Umbraco 17 site's uSync export (a Hungarian consulting site with domains and media).</summary>
    public static string ConsultingV17 => Path.Combine(USyncFixtures, "consulting-v17");

    public static string Fixture(string name) => name switch
    {
        "h5yr-v9" => H5yrV9,
        "consulting-v17" => ConsultingV17,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a uSync fixture"),
    };

    private static string? FindUp(Func<string, bool> holds)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (holds(directory.FullName))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
