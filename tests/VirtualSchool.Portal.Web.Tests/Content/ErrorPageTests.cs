using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Content;

/// <summary>When something breaks inside, the reader sees a friendly page and never the exception.</summary>
[Trait("Category", "Integration")]
public sealed class ErrorPageTests(ErrorPageTests.BrokenRedirectsFactory factory) : IClassFixture<ErrorPageTests.BrokenRedirectsFactory>
{
    /// <summary>A portal whose redirect store fails, to make an unknown path throw inside the request.</summary>
    public sealed class BrokenRedirectsFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IRedirectRepository, FailingRedirects>());
        }
    }

    private sealed class FailingRedirects : IRedirectRepository
    {
        public Task<RedirectUrl?> GetAsync(string oldPath, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("SECRET-DETAIL: the redirect table is unreachable");

        public Task RecordAsync(IEnumerable<(string OldPath, Guid NodeKey, string NewPath)> moves, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;

        public Task<(IReadOnlyList<RedirectUrl> Items, int Total)> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
            Task.FromResult<(IReadOnlyList<RedirectUrl>, int)>(([], 0));

        public Task<RedirectUrl?> DeleteAsync(int id, CancellationToken cancellationToken = default) =>
            Task.FromResult<RedirectUrl?>(null);
    }

    [Fact]
    public async Task An_unexpected_failure_shows_a_friendly_500_page_without_the_exception()
    {
        var client = factory.CreateBrowserlikeClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SECRET-DETAIL", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at VirtualSchool", html, StringComparison.Ordinal);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Published_pages_still_render_while_redirects_are_broken()
    {
        var client = factory.CreateBrowserlikeClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admissions")).StatusCode);
    }
}
