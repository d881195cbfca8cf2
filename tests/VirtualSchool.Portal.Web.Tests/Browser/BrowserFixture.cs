using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>
/// The portal on a real Kestrel port on loopback, and Debian's Chromium driven by Playwright (never a
/// downloaded browser). The test script sets PORTAL_TEST_CHROMIUM; without a Chromium the tests skip.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    // xunit builds a class fixture through its one public constructor; subclasses bring their own portal.
    public BrowserFixture()
        : this(new PortalFactory())
    {
    }

    protected BrowserFixture(PortalFactory portal) => Portal = portal;

    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM"), "/usr/bin/chromium" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public PortalFactory Portal { get; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Portal.UseKestrel(0);
        Portal.StartServer();
        var addresses = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

/// <summary>A browser test: skipped, with the reason, where no Chromium is installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.ChromiumPath is null)
        {
            Skip = "No Chromium: run ./scripts/test.sh, which installs Debian's chromium.";
        }
    }
}
