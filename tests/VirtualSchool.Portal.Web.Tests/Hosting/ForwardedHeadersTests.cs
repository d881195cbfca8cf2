using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// Behind a load balancer: the client's address and scheme are taken from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> only when the connection comes from a configured proxy, so rate limits count each
/// real client and cookies stay <c>Secure</c>, while nobody else can choose the address they are counted as.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ForwardedHeadersTests
{
    /// <summary>The test server has no sockets: this header says which address the connection comes from.</summary>
    private const string PeerHeader = "X-Test-Peer";
    private const string LoadBalancer = "10.1.2.3";

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? "127.0.0.1");
                return following(context);
            });
            next(app);
        };
    }

    private sealed class ProxiedPortal(Dictionary<string, string?> settings) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(settings)
        {
            ["Portal:Security:SignInPermitsPerMinute"] = "3",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
        }
    }

    private static HttpClient Client(PortalFactory portal, string peer, string? forwardedFor = null, string? forwardedProto = null)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = "virtualschool.example.gov.uk";
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        return client;
    }

    private static async Task<List<HttpStatusCode>> SignInAttemptsAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.PostAsync("/umbraco/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.org", ["password"] = "wrong" }));
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    [Theory]
    [InlineData("Portal:ForwardedHeaders:KnownProxies:0", LoadBalancer)]
    [InlineData("Portal:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8")]
    public async Task Behind_a_trusted_proxy_one_clients_sign_in_attempts_do_not_lock_out_another(string key, string value)
    {
        using var portal = new ProxiedPortal(new() { [key] = value });

        Assert.Contains(HttpStatusCode.TooManyRequests, await SignInAttemptsAsync(Client(portal, LoadBalancer, "203.0.113.7"), 4));

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, await SignInAttemptsAsync(Client(portal, LoadBalancer, "203.0.113.8"), 3));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_https_is_honoured_for_cookies_and_hsts()
    {
        using var portal = new ProxiedPortal(new() { ["Portal:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8" });

        using var response = await Client(portal, LoadBalancer, "203.0.113.7", "https").GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "no HSTS header over forwarded https");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored_even_from_this_machine()
    {
        using var portal = new ProxiedPortal(new() { ["Portal:ForwardedHeaders:KnownProxies:0"] = LoadBalancer });

        // A local process rotating the address it claims is counted as itself.
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            statuses.AddRange(await SignInAttemptsAsync(Client(portal, "127.0.0.1", $"198.51.100.{i}"), 1));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var plain = await Client(portal, "192.0.2.50", "198.51.100.9", "https").GetAsync("/");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "an untrusted X-Forwarded-Proto turned on HSTS");
    }
}
