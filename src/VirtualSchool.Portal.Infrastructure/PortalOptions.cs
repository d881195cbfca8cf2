using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

/// <summary>The <c>Portal</c> configuration section. Relative paths are resolved against the site root.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where the database file, media and mail files live (default <c>App_Data/</c> at the site root).</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The folder holding <c>uSync/</c>, <c>wwwroot/</c> and <c>App_Data/</c>; found from the solution file when empty.</summary>
    public string? ContentRoot { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public USyncOptions USync { get; set; } = new();

    public FeedbackOptions Feedback { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();

    /// <summary>Shows exception details to the browser. Never set it in production.</summary>
    public bool DetailedErrors { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Applies pending migrations at start-up. Turn off where a deployment step migrates instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum USyncImportMode
{
    /// <summary>Import only when the database holds no content yet (first boot).</summary>
    FirstBoot,
    /// <summary>Import at every start; unchanged items stay unchanged.</summary>
    Always,
    Never,
}

public sealed class USyncOptions
{
    [Required]
    public string Folder { get; set; } = "uSync";

    public USyncImportMode ImportOnStart { get; set; } = USyncImportMode.FirstBoot;
}

public sealed class SecurityOptions
{
    /// <summary>
    /// Base64 key (32 bytes or more) that signs the public site's form tokens. Give every node the same one;
    /// when empty, a key is made once in the data folder.
    /// </summary>
    public string? FormTokenKey { get; set; }
}

public sealed class FeedbackOptions
{
    /// <summary>How long comments are kept before the purge job erases them.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>Posts allowed from one address per minute.</summary>
    [Range(1, 10000)]
    public int PermitsPerMinute { get; set; } = 10;
}

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
