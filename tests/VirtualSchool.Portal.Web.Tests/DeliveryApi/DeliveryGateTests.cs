using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// The gate is one filter on the content and media route groups: every endpoint mapped there, including any added
/// later, refuses a caller without the key and reads expand/fields before its handler runs.
/// </summary>
public sealed class DeliveryGateTests(DeliveryGateTests.Factory factory) : IClassFixture<DeliveryGateTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "gate-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:DeliveryApi:PublicAccess"] = "false",
            ["Portal:DeliveryApi:ApiKey"] = ApiKey,
        };
    }

    [Fact]
    public async Task Every_Delivery_endpoint_refuses_a_caller_without_the_key_and_a_malformed_expand()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route
                && route.StartsWith("/umbraco/delivery/api/", StringComparison.Ordinal)
                // The catch-all beside the groups answers "no such endpoint" to anyone.
                && !route.EndsWith("{**rest}", StringComparison.Ordinal))
            .ToList();
        var names = endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ToHashSet();
        foreach (var name in new[] { "GetContent", "GetContentItemById", "GetContentItemByPath", "GetContentItems", "GetMedia", "GetMediaItemById", "GetMediaItemByPath", "GetMediaItems" })
        {
            Assert.Contains(name + "2.0", names);
            Assert.Contains(name + "1.0", names);
        }

        var client = factory.CreateClient();
        foreach (var endpoint in endpoints)
        {
            var url = endpoint.RoutePattern.RawText!
                .Replace("{id:guid}", "b7a4e6f3-62b4-4d4e-9c5a-51d1b1a3f2c1", StringComparison.Ordinal)
                .Replace("{**path}", "about", StringComparison.Ordinal);

            await ProblemAsync(client, url, HttpStatusCode.Unauthorized, "Unauthorized");
            await ProblemAsync(client, url, HttpStatusCode.Unauthorized, "Unauthorized", ("Api-Key", "wrong"));
            await ProblemAsync(client, url + "?expand=properties[", HttpStatusCode.BadRequest, "Invalid expand", ("Api-Key", Factory.ApiKey));
        }
    }
}
