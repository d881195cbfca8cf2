using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Infrastructure;

/// <summary>The <c>Portal</c> configuration section. Relative paths are resolved against the site root.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where the database file, media and mail files live (default <c>App_Data/</c> at the site root).</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>
    /// The site's public address (for example https://virtualschool.example.gov.uk) for links in emails. Set it in
    /// production; when empty, links use the address this server listens on, never a request's Host header.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>The folder holding <c>uSync/</c>, <c>wwwroot/</c> and <c>App_Data/</c>; found from the solution file when empty.</summary>
    public string? ContentRoot { get; set; }

    // [ValidateObjectMembers]: ValidateDataAnnotations checks only this class's own properties without it,
    // so the sections' [Range] and [Required] would never be checked at start-up.
    [ValidateObjectMembers]
    public DatabaseOptions Database { get; set; } = new();

    [ValidateObjectMembers]
    public ClusterOptions Cluster { get; set; } = new();

    [ValidateObjectMembers]
    public USyncOptions USync { get; set; } = new();

    [ValidateObjectMembers]
    public FeedbackOptions Feedback { get; set; } = new();

    [ValidateObjectMembers]
    public SecurityOptions Security { get; set; } = new();

    [ValidateObjectMembers]
    public DeliveryApiOptions DeliveryApi { get; set; } = new();

    [ValidateObjectMembers]
    public MediaOptions Media { get; set; } = new();

    /// <summary>The mail server (<c>Portal:Smtp</c>).</summary>
    [ValidateObjectMembers]
    public Email.SmtpOptions Smtp { get; set; } = new();

    /// <summary>How the email outbox retries (<c>Portal:Email</c>).</summary>
    [ValidateObjectMembers]
    public Email.EmailOutboxOptions Email { get; set; } = new();

    public InstallOptions Install { get; set; } = new();

    /// <summary>Training bookings (<c>Portal:Training</c>).</summary>
    [ValidateObjectMembers]
    public Training.TrainingOptions Training { get; set; } = new();

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

/// <summary>More nodes sharing one database (PostgreSQL) and one data folder.</summary>
public sealed class ClusterOptions
{
    /// <summary>How often a node reads what the others changed in their published cache and access rules.</summary>
    [Range(1, 300)]
    public int SyncIntervalSeconds { get; set; } = 2;
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

/// <summary>The unattended first administrator, created on first boot when no back-office user exists.</summary>
public sealed class InstallOptions
{
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string AdminName { get; set; } = "Administrator";
}

public sealed class SecurityOptions
{
    /// <summary>
    /// Base64 key (32 bytes or more) that signs the public site's form tokens. Give every node the same one;
    /// when empty, a key is made once in the data folder.
    /// </summary>
    [Base64Key(32, ErrorMessage = "Portal:Security:FormTokenKey must be base64 of at least 32 bytes (for example the output of `openssl rand -base64 32`).")]
    public string? FormTokenKey { get; set; }

    /// <summary>Sign-in, two-factor and invitation posts allowed from one address per minute.</summary>
    [Range(1, 10000)]
    public int SignInPermitsPerMinute { get; set; } = 20;
}

/// <summary>A setting that, when given, must be base64 of at least this many bytes.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class Base64KeyAttribute(int minimumBytes) : ValidationAttribute
{
    public int MinimumBytes { get; } = minimumBytes;

    public override bool IsValid(object? value)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) && written >= MinimumBytes;
    }
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

public sealed class MediaOptions
{
    /// <summary>The largest file an editor may upload, in bytes (default 20 MB, at most 1 GB).</summary>
    [Range(typeof(long), "1", "1073741824")]
    public long MaxUploadBytes { get; set; } = UploadRules.DefaultMaxBytes;
}

/// <summary>The headless Content Delivery API, configured as Umbraco's <c>Umbraco:CMS:DeliveryApi</c>.</summary>
public sealed class DeliveryApiOptions
{
    /// <summary>Answers at /umbraco/delivery/api/v2 (and v1); when false every route is 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When false, every request needs the <c>Api-Key</c> header; drafts always do.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>The key callers send in the <c>Api-Key</c> header for drafts (Preview) or when public access is off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Document types never returned (Umbraco's <c>DisallowedContentTypeAliases</c>).</summary>
    public List<string> DisallowedContentTypeAliases { get; set; } = [];

    /// <summary>How long anonymous answers stay in the output cache; a publish or unpublish evicts them sooner.</summary>
    [Range(0, 86400)]
    public int OutputCacheSeconds { get; set; } = 300;
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
