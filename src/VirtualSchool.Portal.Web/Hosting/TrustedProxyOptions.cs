namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// <c>Portal:ForwardedHeaders</c>: the load balancers whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. Nobody else's are, this machine included: ASP.NET Core trusts loopback by default, which lets
/// a local process pose as any client, and a balancer elsewhere on the network would not be trusted at all.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "Portal:ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.1.5</c> or <c>2001:db8::5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR, e.g. <c>10.0.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
