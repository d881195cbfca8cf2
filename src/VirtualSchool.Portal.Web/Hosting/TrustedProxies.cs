using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace VirtualSchool.Portal.Web.Hosting;

public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedProxyOptions>, Validation>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((o, trusted) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // Entries are taken from the right while each hop is trusted, so a chain of trusted proxies works and
            // whatever a client wrote at the left is never reached.
            o.ForwardLimit = null;
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }

            foreach (var network in trusted.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
        });
        return services;
    }

    private sealed class Validation : IValidateOptions<TrustedProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
        {
            var errors = options.KnownProxies.Where(p => !IPAddress.TryParse(p.Trim(), out _))
                .Select(p => $"{TrustedProxyOptions.Section}:KnownProxies: '{p}' is not an IP address")
                .Concat(options.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n.Trim(), out _))
                    .Select(n => $"{TrustedProxyOptions.Section}:KnownNetworks: '{n}' is not a network in CIDR notation (such as 10.0.0.0/16)"))
                .ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
