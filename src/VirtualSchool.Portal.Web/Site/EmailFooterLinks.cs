using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.Hosting;

namespace VirtualSchool.Portal.Web.Site;

/// <summary>
/// Every email's footer links to the Contact page at the site's public address (never a request's Host), so a
/// reader who cannot reply to the email knows how to reach the Virtual School.
/// </summary>
public sealed class EmailFooterLinks(PublicAddress address) : IEmailFooterLinks
{
    public const string ContactPath = "/contact";

    public string ContactUrl => address.BaseUrl + ContactPath;
}
