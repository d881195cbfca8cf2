using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// The address put in links that are emailed: invitations, password resets, changes of email address, approval
/// requests, Board papers. It is <c>Portal:PublicUrl</c> when set; otherwise the first address this server
/// listens on (a wildcard host read as localhost), which is right for the embedded default. It is never the
/// request's Host header: anyone can forge that, and a reset link sent to a victim would then carry their
/// token to the forger's site.
/// </summary>
public sealed class PublicAddress(IOptions<PortalOptions> options, IServer server) : ISiteAddress
{
    /// <summary>True when <c>Portal:PublicUrl</c> is set; otherwise start-up warns in Production.</summary>
    public bool Configured => options.Value.PublicUrl is { Length: > 0 };

    public string BaseUrl => options.Value.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : Listening();

    private string Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return "http://localhost";
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
