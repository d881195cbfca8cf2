namespace VirtualSchool.Portal.Infrastructure;

/// <summary>The address outside a web host (tools, tests of the engine): <c>Portal:PublicUrl</c>, else localhost.</summary>
internal sealed class ConfiguredSiteAddress(Microsoft.Extensions.Options.IOptions<PortalOptions> options) : ISiteAddress
{
    public string BaseUrl => options.Value.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : "http://localhost";
}
