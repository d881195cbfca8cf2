using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>When something behind the API fails, a client gets a bare 500 problem, never a stack trace or an HTML page.</summary>
[Trait("Category", "Integration")]
public sealed class DeliveryFailureTests(DeliveryFailureTests.Factory factory) : IClassFixture<DeliveryFailureTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPublicAccess, BrokenAccess>());
        }
    }

    /// <summary>A public-access store that is down.</summary>
    private sealed class BrokenAccess : IPublicAccess
    {
        public IReadOnlySet<string>? AllowedGroups(PublishedContent content) => throw new InvalidOperationException("secret internal detail");

        public IReadOnlySet<string>? AllowedMediaGroups(Guid mediaKey) => throw new InvalidOperationException("secret internal detail");
    }

    [Fact]
    public async Task A_failure_is_a_500_problem_without_details()
    {
        var client = factory.CreateClient();

        var problem = await ProblemAsync(client, $"{V2}/content/item/about", HttpStatusCode.InternalServerError);

        Assert.DoesNotContain("secret internal detail", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
    }
}
