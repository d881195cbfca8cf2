using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.USync;
using VirtualSchool.Portal.Web.Hosting;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.USync;

/// <summary>A portal booted on another site's uSync export: a real Umbraco 9 site.</summary>
[Trait("Category", "Integration")]
public sealed class H5yrV9ImportTests(H5yrV9ImportTests.Factory factory) : IClassFixture<H5yrV9ImportTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Portal:USync:Folder"] = Path.Combine(SharedFolder, "fixtures", "usync", "h5yr-v9") };
    }

    [Fact]
    public void The_export_imports_on_first_boot_with_no_failed_item()
    {
        var report = factory.Services.GetRequiredService<PortalInitialiser>().LastImport;

        Assert.NotNull(report);
        Assert.Empty(report.Failures);
        Assert.Equal(3, report.Items.Count(i => i.ItemType == "Content" && i.Change == USyncChange.Created));
    }

    [Fact]
    public async Task Its_published_pages_render_with_their_content_and_without_their_scripts()
    {
        var client = factory.CreateBrowserlikeClient();

        var home = await client.GetAsync("/");
        var shop = await client.GetAsync("/shop");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shop.StatusCode);
        var page = await PortalFactory.ParseAsync(shop);
        Assert.Contains("H5YR web shop", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The source site's rich text carries a third-party script: it is shown as text, never run.
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => (s.GetAttribute("src") ?? s.TextContent).Contains("spreadshop", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contribute")).StatusCode);
    }
}

/// <summary>A portal booted on a real Umbraco 17 site's export, with block grids, domains and deletes.</summary>
[Trait("Category", "Integration")]
public sealed class ConsultingV17ImportTests(ConsultingV17ImportTests.Factory factory) : IClassFixture<ConsultingV17ImportTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Portal:USync:Folder"] = Path.Combine(SharedFolder, "fixtures", "usync", "consulting-v17") };
    }

    [Fact]
    public void The_export_imports_on_first_boot_with_no_failed_item()
    {
        var report = factory.Services.GetRequiredService<PortalInitialiser>().LastImport;

        Assert.NotNull(report);
        Assert.Empty(report.Failures);
        Assert.True(report.Count(USyncChange.Created) > 100, report.ToString());
    }

    [Fact]
    public async Task The_domain_root_answers_at_the_top_and_its_pages_render_their_blocks()
    {
        var client = factory.CreateBrowserlikeClient();

        var home = await client.GetAsync("/");
        var about = await client.GetAsync("/rolunk");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        var page = await PortalFactory.ParseAsync(home);
        Assert.Equal("Kezdőlap", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Executive Insights", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var aboutPage = await PortalFactory.ParseAsync(about);
        Assert.Contains("12 év", aboutPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
