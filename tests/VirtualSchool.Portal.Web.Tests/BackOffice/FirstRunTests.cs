using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// A fresh install with no administrator configured: as Umbraco's installer does, the back office sends the
/// first visit to the set-up page, and the log says where it is.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FirstRunTests(FirstRunTests.LoggedPortal factory) : IClassFixture<FirstRunTests.LoggedPortal>
{
    public sealed class LoggedPortal : PortalFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }

    [Fact]
    public async Task Before_any_administrator_exists_the_back_office_leads_to_the_setup_page_and_the_log_gives_its_address()
    {
        var client = factory.CreateBrowserlikeClient(followRedirects: true);

        var response = await client.GetAsync("/umbraco");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/umbraco/setup", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(factory.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("http://localhost/umbraco/setup", StringComparison.Ordinal));
    }
}
