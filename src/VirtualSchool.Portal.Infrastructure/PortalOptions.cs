using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

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

    /// <summary>The search indexes (<c>Portal:Search</c>).</summary>
    [ValidateObjectMembers]
    public Search.SearchOptions Search { get; set; } = new();

    /// <summary>Training bookings (<c>Portal:Training</c>).</summary>
    [ValidateObjectMembers]
    public Training.TrainingOptions Training { get; set; } = new();

    /// <summary>Forms built in the back office (<c>Portal:Forms</c>).</summary>
    [ValidateObjectMembers]
    public Forms.FormsOptions Forms { get; set; } = new();

    /// <summary>The Board's termly figures and their suppression (<c>Portal:BoardData</c>).</summary>
    [ValidateObjectMembers]
    public BoardData.BoardDataOptions BoardData { get; set; } = new();

    /// <summary>Shows exception details to the browser. Never set it in production.</summary>
    public bool DetailedErrors { get; set; }
}
