using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Core.Tests.USync;

[Trait("Category", "Unit")]
public sealed class USyncImporterTests : IAsyncLifetime
{
    private static readonly Guid H5yrContribute = Guid.Parse("cfeb7907-043c-4440-96a8-5672411e72e5");
    private static readonly Guid H5yrShop = Guid.Parse("0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d");
    private static readonly Guid Kezdolap = Guid.Parse("3f707442-9abc-4677-b69a-b0ce9a0a8d9a");
    private TestPortal? _portal;

    private TestPortal Portal => _portal!;

    private USyncImporter Importer => Portal.Get<USyncImporter>();

    private IPublishedContentCache Cache => Portal.Get<IPublishedContentCache>();

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string Describe(USyncReport report) =>
        report + Environment.NewLine + string.Join(Environment.NewLine, report.Failures.Select(f => $"{f.File}: {f.Reason}"));

    [Theory]
    [InlineData("h5yr-v9")]
    [InlineData("consulting-v17")]
    public async Task Each_fixture_imports_with_no_failed_item(string fixture)
    {
        using var copy = TempFolder.CopyOf(TestPaths.Fixture(fixture));

        var report = await Importer.ImportAsync(copy.Path);

        Assert.True(report.Count(USyncChange.Failed) == 0, Describe(report));
        Assert.Equal(Path.Combine(copy.Path, fixture == "h5yr-v9" ? "v9" : "v17"), report.Folder);
        Assert.True(report.Count(USyncChange.Created) > 0);
        Assert.All(report.Items.Where(i => i.ItemType == "Content"), i => Assert.Equal(USyncChange.Created, i.Change));
    }

    [Theory]
    [InlineData("h5yr-v9")]
    [InlineData("consulting-v17")]
    public async Task Importing_the_same_folder_again_changes_nothing(string fixture)
    {
        using var copy = TempFolder.CopyOf(TestPaths.Fixture(fixture));
        var first = await Importer.ImportAsync(copy.Path);
        var versionBefore = Cache.Version;

        var second = await Importer.ImportAsync(copy.Path);

        Assert.True(second.Count(USyncChange.Created) == 0 && second.Count(USyncChange.Updated) == 0 && second.Count(USyncChange.Deleted) == 0,
            string.Join(Environment.NewLine, second.Items.Where(i => i.Change is not (USyncChange.Unchanged or USyncChange.Ignored)).Select(i => $"{i.File}: {i.Change} {i.Reason}")));
        Assert.Equal(0, second.Count(USyncChange.Failed));
        Assert.Equal(first.Items.Count, second.Items.Count);
        Assert.Equal(versionBefore, Cache.Version);
    }

    [Fact]
    public async Task An_imported_site_is_published_at_its_routes()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);

        await Importer.ImportAsync(copy.Path);

        Assert.Equal("Home", Cache.GetByRoute("/")?.Name);
        Assert.Equal(H5yrContribute, Cache.GetByRoute("/contribute")?.Key);
        Assert.Equal(H5yrShop, Cache.GetByRoute("/shop")?.Key);
        Assert.Equal(["Contribute", "Shop"], Cache.GetChildren(Cache.GetByRoute("/")!.Key).Select(c => c.Name));
        Assert.Equal("<p>dgsds</p>", Cache.GetByRoute("/contribute")?.Value("bodyText"));
        Assert.Contains(Cache.GetByRoute("/contribute")!.ContentType.Properties, p => p.Alias == "pageTitle");
    }

    [Fact]
    public async Task The_consulting_sites_domain_root_answers_at_the_top_with_its_pages_below()
    {
        using var copy = TempFolder.CopyOf(TestPaths.ConsultingV17);

        await Importer.ImportAsync(copy.Path);

        Assert.Equal(Kezdolap, Cache.GetByRoute("/")?.Key);
        Assert.Equal("Rólunk", Cache.GetByRoute("/rolunk")?.Name);
        Assert.Equal("Site Settings", Cache.GetByRoute("/site-settings")?.Name);
        Assert.Equal(
            "© 2025 Executive Insights Kft. Minden jog fenntartva.",
            Cache.GetByRoute("/site-settings")?.Value("copyrightText"));
    }

    [Fact]
    public async Task Re_importing_an_edited_content_file_updates_only_that_page_and_readers_see_the_new_value()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        var file = copy.PathTo("v9", "Content", "contribute.config");
        Edit(file, "<p>dgsds</p>", "<p>Share your #H5YR moments.</p>");

        var report = await Importer.ImportAsync(copy.Path);

        var updated = Assert.Single(report.Items, i => i.Change == USyncChange.Updated);
        Assert.Equal(H5yrContribute, updated.Key);
        Assert.Equal(Path.Combine("Content", "contribute.config"), updated.File);
        Assert.Equal(0, report.Count(USyncChange.Created));
        Assert.Equal("<p>Share your #H5YR moments.</p>", Cache.GetByRoute("/contribute")?.Value("bodyText"));
    }

    [Fact]
    public async Task A_broken_file_fails_with_its_reason_and_the_other_items_still_import()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        File.WriteAllText(copy.PathTo("v9", "Content", "shop.config"), "<Content Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\"><Info>");

        var report = await Importer.ImportAsync(copy.Path);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(Path.Combine("Content", "shop.config"), failure.File);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason));
        Assert.Null(Cache.GetByRoute("/shop"));
        Assert.Equal(H5yrContribute, Cache.GetByRoute("/contribute")?.Key);
        Assert.Equal("Home", Cache.GetByRoute("/")?.Name);
    }

    [Fact]
    public async Task A_page_whose_parent_is_missing_fails_with_the_reason_and_its_siblings_import()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        var file = copy.PathTo("v9", "Content", "shop.config");
        Edit(file, "129b4ce1-5570-48b8-9d5e-89281f64988a", "11111111-2222-3333-4444-555555555555");

        var report = await Importer.ImportAsync(copy.Path);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(H5yrShop, failure.Key);
        Assert.Contains("11111111-2222-3333-4444-555555555555", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(H5yrContribute, Cache.GetByRoute("/contribute")?.Key);
    }

    [Fact]
    public async Task An_empty_delete_file_takes_an_imported_page_off_the_site()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        File.WriteAllText(
            copy.PathTo("v9", "Content", "shop.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"Shop\" Change=\"Delete\" Level=\"2\" />");

        var report = await Importer.ImportAsync(copy.Path);

        Assert.Equal(USyncChange.Deleted, Assert.Single(report.Items, i => i.Key == H5yrShop).Change);
        Assert.Null(Cache.GetByRoute("/shop"));
        Assert.True((await Portal.Get<Core.Content.IContentRepository>().GetNodeAsync(H5yrShop))!.Trashed);
    }

    [Fact]
    public async Task A_page_renamed_in_uSync_moves_to_its_new_path_and_its_old_path_redirects()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        Edit(copy.PathTo("v9", "Content", "contribute.config"), "<NodeName Default=\"Contribute\" />", "<NodeName Default=\"Get involved\" />");

        var report = await Importer.ImportAsync(copy.Path);

        Assert.Equal(USyncChange.Updated, Assert.Single(report.Items, i => i.Key == H5yrContribute).Change);
        Assert.Equal(H5yrContribute, Cache.GetByRoute("/get-involved")?.Key);
        Assert.Null(Cache.GetByRoute("/contribute"));
        Assert.Equal(H5yrContribute, (await Portal.Get<Core.Content.IRedirectRepository>().GetAsync("/contribute"))?.NodeKey);
    }

    [Fact]
    public async Task A_page_moved_in_uSync_is_moved_on_import_and_its_old_path_redirects()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        var file = copy.PathTo("v9", "Content", "shop.config");
        Edit(file, "<Parent Key=\"129b4ce1-5570-48b8-9d5e-89281f64988a\">Home</Parent>", "<Parent Key=\"cfeb7907-043c-4440-96a8-5672411e72e5\">Contribute</Parent>");
        Edit(file, "Level=\"2\"", "Level=\"3\"");

        var report = await Importer.ImportAsync(copy.Path);

        Assert.Equal(USyncChange.Updated, Assert.Single(report.Items, i => i.Key == H5yrShop).Change);
        Assert.Equal(H5yrShop, Cache.GetByRoute("/contribute/shop")?.Key);
        Assert.Null(Cache.GetByRoute("/shop"));
        Assert.Equal(H5yrShop, (await Portal.Get<Core.Content.IRedirectRepository>().GetAsync("/shop"))?.NodeKey);
        Assert.Equal(3, (await Portal.Get<Core.Content.IContentRepository>().GetNodeAsync(H5yrShop))!.Level);
    }

    [Fact]
    public async Task A_page_unpublished_in_uSync_is_taken_off_the_site_on_import()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        Edit(copy.PathTo("v9", "Content", "contribute.config"), "<Published Default=\"true\" />", "<Published Default=\"false\" />");

        var report = await Importer.ImportAsync(copy.Path);

        Assert.Equal(USyncChange.Updated, Assert.Single(report.Items, i => i.Key == H5yrContribute).Change);
        Assert.Null(Cache.GetByRoute("/contribute"));
        Assert.False((await Portal.Get<Core.Content.IContentRepository>().GetNodeAsync(H5yrContribute))!.IsPublished);
    }

    [Fact]
    public async Task Deleting_the_domains_in_uSync_gives_the_root_back_to_the_first_top_level_page()
    {
        using var copy = TempFolder.CopyOf(TestPaths.ConsultingV17);
        await Importer.ImportAsync(copy.Path);
        Assert.Equal(Kezdolap, Cache.GetByRoute("/")?.Key);
        File.WriteAllText(copy.PathTo("v17", "Domains", "_hu-hu.config"), "<Empty Key=\"cdcab783-0000-0000-0000-000000000000\" Alias=\"/\" Change=\"Delete\" />");
        File.WriteAllText(copy.PathTo("v17", "Domains", "hu_hu-hu_14snsrth.config"), "<Empty Key=\"800a60dd-0000-0000-0000-000000000000\" Alias=\"hu\" Change=\"Delete\" />");

        var report = await Importer.ImportAsync(copy.Path);

        Assert.Equal(2, report.Count(USyncChange.Deleted));
        Assert.Equal("Executive Insights", Cache.GetByRoute("/")?.Name);
        Assert.Equal(Kezdolap, Cache.GetByRoute("/kezdolap")?.Key);
    }

    [Fact]
    public async Task The_sites_own_uSync_folder_imports_with_no_failures_and_stores_the_media_file()
    {
        using var copy = TempFolder.CopyOf(Path.Combine(TestPaths.SiteRoot, "uSync"));
        var source = new FileInfo(copy.PathTo("v17", "Files", "media", "osl21et1", "local-offer-information-report.docx"));

        var report = await Importer.ImportAsync(copy.Path);

        Assert.True(report.Count(USyncChange.Failed) == 0, Describe(report));
        var media = await Portal.Get<MediaRepository>().GetAsync(Guid.Parse("fbc6b136-dbed-4a34-8d18-f3d2e84d8e83"));
        Assert.NotNull(media);
        Assert.Equal("/media/osl21et1/local-offer-information-report.docx", media.Url);
        Assert.Equal("docx", media.Extension);
        Assert.Equal(source.Length, media.Bytes);
        Assert.Equal(15118, media.Bytes);
        var stored = Portal.Get<MediaFileStore>().FullPath(media.StoragePath!);
        Assert.NotNull(stored);
        Assert.StartsWith(Portal.DataPath, stored, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(source.FullName), await File.ReadAllBytesAsync(stored));
        Assert.Equal("Home", Cache.GetByRoute("/")?.Name);
    }

    [Fact]
    public async Task A_media_file_replaced_in_uSync_by_a_larger_one_is_copied_again_and_its_size_updated()
    {
        using var copy = TempFolder.CopyOf(Path.Combine(TestPaths.SiteRoot, "uSync"));
        await Importer.ImportAsync(copy.Path);
        var source = copy.PathTo("v17", "Files", "media", "osl21et1", "local-offer-information-report.docx");
        byte[] replacement = [.. await File.ReadAllBytesAsync(source), .. new byte[100]];
        await File.WriteAllBytesAsync(source, replacement);

        var report = await Importer.ImportAsync(copy.Path);

        var item = Assert.Single(report.Items, i => i.Key == Guid.Parse("fbc6b136-dbed-4a34-8d18-f3d2e84d8e83"));
        Assert.Equal(USyncChange.Updated, item.Change);
        Assert.Equal(15218, (await Portal.Get<MediaRepository>().GetAsync(item.Key!.Value))?.Bytes);
        Assert.Equal(replacement, await File.ReadAllBytesAsync(Portal.Get<MediaFileStore>().FullPath("osl21et1/local-offer-information-report.docx")!));
    }

    [Fact]
    public async Task A_media_file_replaced_in_uSync_is_served_in_its_new_form_after_import()
    {
        using var copy = TempFolder.CopyOf(Path.Combine(TestPaths.SiteRoot, "uSync"));
        await Importer.ImportAsync(copy.Path);
        var source = copy.PathTo("v17", "Files", "media", "osl21et1", "local-offer-information-report.docx");
        var replacement = await File.ReadAllBytesAsync(source);
        Array.Reverse(replacement); // new content, same size: a corrected document often is
        await File.WriteAllBytesAsync(source, replacement);

        await Importer.ImportAsync(copy.Path);

        var stored = Portal.Get<MediaFileStore>().FullPath("osl21et1/local-offer-information-report.docx")!;
        Assert.Equal(replacement, await File.ReadAllBytesAsync(stored));
    }

    [Fact]
    public async Task Values_of_editors_the_portal_does_not_know_are_kept_as_written()
    {
        using var copy = TempFolder.CopyOf(TestPaths.ConsultingV17);
        var expected = XDocument.Load(copy.PathTo("v17", "Content", "kezdőlap.config")).Root!
            .Element("Properties")!.Element("bodyGrid")!.Element("Value")!.Value;

        await Importer.ImportAsync(copy.Path);

        var bodyGrid = Cache.GetByKey(Kezdolap)?.Value("bodyGrid");
        Assert.Equal(expected, bodyGrid);
        // Kept as text, not re-serialised: the source's escapes survive.
        Assert.Contains("Vezet\\u0151i", bodyGrid, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(bodyGrid!).RootElement.GetProperty("contentData").ValueKind);

        await using var db = await Portal.OpenDatabaseAsync();
        var icons = await db.DataTypes.SingleAsync(d => d.Key == Guid.Parse("7f3a1e9b-4c8d-4a2e-b123-9c8e7f6a5b4c"));
        Assert.Equal("BetterIcons.Editor", icons.EditorAlias);
        Assert.Equal("BetterIcons.UI", icons.EditorUiAlias);
        Assert.Equal("{}", icons.Configuration);
    }

    [Fact]
    public async Task A_folder_with_no_uSync_items_is_reported_as_one_failure()
    {
        using var empty = TempFolder.Create("no-usync");

        var report = await Importer.ImportAsync(empty.Path);

        Assert.Equal(USyncChange.Failed, Assert.Single(report.Items).Change);
    }
}
