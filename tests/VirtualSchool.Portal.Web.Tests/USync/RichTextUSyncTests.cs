using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.USync;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.USync;

/// <summary>
/// Rich text travels through uSync unchanged: an Umbraco 17 site's Tiptap values (also inside blocks) and an Umbraco 9
/// site's TinyMCE values are exported byte for byte as they were imported, local links and all; and a local link in
/// an imported value is a working link on the page.
/// </summary>
public static class RichTextUSync
{
    /// <summary>Every content value in a uSync folder, by the content's key, the property's alias and the value's culture.</summary>
    public static Dictionary<string, string> ContentValues(string folder)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.config", SearchOption.AllDirectories))
        {
            var root = XDocument.Load(file).Root!;
            if (root.Name != "Content" || root.Element("Properties") is not { } properties)
            {
                continue;
            }

            foreach (var property in properties.Elements())
            {
                foreach (var value in property.Elements("Value"))
                {
                    values[$"{root.Attribute("Key")!.Value.ToLowerInvariant()} {property.Name.LocalName} {value.Attribute("Culture")?.Value}"] = value.Value;
                }
            }
        }

        return values;
    }

    /// <summary>The values that hold rich text: HTML, or Umbraco's <c>{ markup, blocks }</c> (on its own or inside a block).</summary>
    public static Dictionary<string, string> RichTextValues(string folder) =>
        ContentValues(folder)
            .Where(v => v.Value.TrimStart().StartsWith('<') || v.Value.Contains("\"markup\"", StringComparison.Ordinal))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public static async Task<string> ExportAsync(PortalFactory portal)
    {
        var folder = Directory.CreateDirectory(Path.Combine(portal.DataPath, "export-" + Guid.NewGuid().ToString("N"))).FullName;
        var report = await portal.Services.GetRequiredService<USyncExporter>().ExportAsync(folder);
        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Failures.Select(f => $"{f.File}: {f.Note}")));
        return folder;
    }
}

[Trait("Category", "Integration")]
public sealed class TiptapUSyncRoundTripTests(ConsultingV17ImportTests.Factory factory) : IClassFixture<ConsultingV17ImportTests.Factory>
{
    private static string Source => Path.Combine(PortalFactory.SharedFolder, "fixtures", "usync", "consulting-v17");

    [Fact]
    public async Task Tiptap_rich_text_also_inside_blocks_is_exported_byte_for_byte_as_it_was_imported()
    {
        var imported = RichTextUSync.RichTextValues(Source);
        Assert.Contains(imported.Values, v => v.Contains("\"markup\"", StringComparison.Ordinal) && v.Contains("contentData", StringComparison.Ordinal));

        var exported = RichTextUSync.ContentValues(await RichTextUSync.ExportAsync(factory));

        foreach (var (key, value) in imported)
        {
            Assert.True(exported.TryGetValue(key, out var roundTripped), $"{key} was not exported");
            Assert.Equal(value, roundTripped);
        }
    }
}

[Trait("Category", "Integration")]
public sealed class TinyMceUSyncRoundTripTests(TinyMceUSyncRoundTripTests.Factory factory) : IClassFixture<TinyMceUSyncRoundTripTests.Factory>
{
    private const string ShopKey = "0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d";

    /// <summary>The Umbraco 9 site's export, its Contribute page's TinyMCE body given local links as Umbraco 8 to 13 wrote them.</summary>
    public sealed class Factory : PortalFactory
    {
        public const string Body =
            "<p>dgsds, see <a href=\"/{localLink:umb://document/0f1bf9582fc54d51a64d5b37b0d46d1d}\" title=\"Shop\">the shop</a>" +
            " and <a href=\"/{localLink:umb://document/0000000000000000000000000000abcd}\">a page that is gone</a>.</p>";

        public Factory()
        {
            var source = Path.Combine(SharedFolder, "fixtures", "usync", "h5yr-v9");
            Folder = Path.Combine(DataPath, "usync-source");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(Folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            var contribute = Path.Combine(Folder, "v9", "Content", "contribute.config");
            File.WriteAllText(contribute, File.ReadAllText(contribute).Replace("<p>dgsds</p>", Body, StringComparison.Ordinal));
        }

        public string Folder { get; }

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:USync:Folder"] = Folder };
    }

    [Fact]
    public async Task TinyMce_rich_text_with_local_links_is_exported_byte_for_byte_as_it_was_imported()
    {
        var imported = RichTextUSync.RichTextValues(factory.Folder);
        Assert.Contains(imported.Values, v => v == Factory.Body);
        _ = factory.Server; // boots and imports

        var exported = RichTextUSync.ContentValues(await RichTextUSync.ExportAsync(factory));

        foreach (var (key, value) in imported)
        {
            Assert.True(exported.TryGetValue(key, out var roundTripped), $"{key} was not exported");
            Assert.Equal(value, roundTripped);
        }
    }

    [Fact]
    public async Task A_local_link_in_an_imported_value_is_a_link_to_the_pages_route_and_one_to_a_missing_page_is_its_text()
    {
        var page = await PortalFactory.ParseAsync(await factory.CreateClient().GetAsync("/contribute"));

        var paragraph = page.QuerySelectorAll("main p").Single(p => p.TextContent.StartsWith("dgsds", StringComparison.Ordinal));
        var link = paragraph.QuerySelector("a")!;
        Assert.Equal("/shop", link.GetAttribute("href"));
        Assert.Equal("the shop", link.TextContent);
        Assert.Equal("govuk-link", link.ClassName);
        Assert.Single(paragraph.QuerySelectorAll("a"));
        Assert.Equal("dgsds, see the shop and a page that is gone.", paragraph.TextContent);
        Assert.DoesNotContain("localLink", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(ShopKey, factory.Services.GetRequiredService<Core.Published.IPublishedContentCache>().GetByRoute("/shop")!.Key.ToString());
    }
}
