using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Web.Site;

/// <summary>
/// The <c>Portal:Site</c> section: what every page's header says about the council and the service's phase.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Portal:Site";

    /// <summary>The council's main website, linked from its name in the header (for example https://www.example.gov.uk).</summary>
    [Url]
    public string? CouncilUrl { get; set; }

    /// <summary>The service's phase shown in the phase banner (such as <c>alpha</c> or <c>beta</c>); empty once the service is live.</summary>
    [RegularExpression("^[A-Za-z]{0,20}$", ErrorMessage = "Portal:Site:Phase must be one word of letters, such as beta, or empty.")]
    public string? Phase { get; set; } = "beta";

    /// <summary>Where the phase banner's "give your feedback" link goes: a path on this site or an https address.</summary>
    [RegularExpression("^(/(?!/).*|https://.+)$", ErrorMessage = "Portal:Site:FeedbackUrl must be a path on this site (such as /contact) or an https:// address.")]
    public string FeedbackUrl { get; set; } = "/contact";
}
