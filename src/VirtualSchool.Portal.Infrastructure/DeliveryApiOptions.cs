using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

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
