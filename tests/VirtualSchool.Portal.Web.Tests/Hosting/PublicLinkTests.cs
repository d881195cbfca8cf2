using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Training;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// With no <c>Portal:PublicUrl</c>, links are built from the address the server listens on, never from the
/// request's Host header (anyone can forge it), and the operator is told at start-up to set it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PublicLinkTests
{
    private const string Forged = "evil.example";

    [Fact]
    public async Task Booking_in_someone_elses_name_through_a_forged_host_emails_them_a_link_to_the_real_site()
    {
        await using var portal = new TrainingPortal(null);
        var session = await portal.CreateSessionAsync();
        var attacker = portal.CreateBrowserlikeClient();
        attacker.DefaultRequestHeaders.Host = Forged;
        var victim = $"victim-{Guid.NewGuid():N}@school.test";

        TrainingPortal.AnsweredCheckEmail(await TrainingPortal.BookAsync(attacker, session, TrainingPortal.Booker(victim)));

        await using var db = await portal.DbAsync();
        var email = Assert.Single(await db.OutboxMessages.Where(m => m.To == victim).ToListAsync());
        Assert.Contains("http://localhost/training/bookings/", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_and_robots_txt_never_carry_a_forged_host()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Host = Forged;

        var sitemap = await client.GetStringAsync("/sitemap.xml");
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("<loc>http://localhost/admissions</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_a_reader_to_sign_in_names_a_path_on_this_site_never_the_forged_host()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Host = Forged;

        var backOffice = await client.GetAsync("/umbraco/content");
        var board = await client.GetAsync("/members/board");

        Assert.Equal(HttpStatusCode.Redirect, backOffice.StatusCode);
        Assert.Equal("/umbraco/login?returnUrl=%2Fumbraco%2Fcontent", backOffice.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.Equal("/members/login?returnUrl=%2Fmembers%2Fboard", board.Headers.Location!.OriginalString);
    }

    private sealed class LoggedPortal(LogCapture logs, string? publicUrl) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:PublicUrl"] = publicUrl };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs));
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://virtualschool.example.gov.uk", false)]
    public async Task A_production_start_without_a_public_url_warns_the_operator(string? publicUrl, bool warned)
    {
        var logs = new LogCapture();
        using var portal = new LoggedPortal(logs, publicUrl);

        Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(portal.CreateClient())).StatusCode);

        Assert.Equal(warned, logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains("Portal:PublicUrl is not set", StringComparison.Ordinal)));
    }
}
