namespace VirtualSchool.Portal.Infrastructure;

/// <summary>
/// The site's public address for links that leave the request (emails, the sitemap): <c>Portal:PublicUrl</c>
/// when set, otherwise the address the server listens on. Never a request's Host header, which anyone can forge.
/// </summary>
public interface ISiteAddress
{
    /// <summary>Scheme, host and port, without a trailing slash.</summary>
    string BaseUrl { get; }
}

/// <summary>The address outside a web host (tools, tests of the engine): <c>Portal:PublicUrl</c>, else localhost.</summary>
internal sealed class ConfiguredSiteAddress(Microsoft.Extensions.Options.IOptions<PortalOptions> options) : ISiteAddress
{
    public string BaseUrl => options.Value.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : "http://localhost";
}
