using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>The portal with a rate limit no test reaches (the limit itself is the policy's, tested with feedback's).</summary>
public class FormsFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:Forms:PermitsPerMinute"] = "10000",
    };
}
