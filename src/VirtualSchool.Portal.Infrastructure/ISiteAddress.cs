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
