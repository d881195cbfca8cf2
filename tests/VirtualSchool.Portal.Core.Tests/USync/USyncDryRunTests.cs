using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Core.Tests.USync;

/// <summary>
/// A dry run reports what an import would do, item by item, and changes nothing: not the database, not the
/// media store, not the published-content cache. Each test then runs the real import to show the report
/// foretold it.
/// </summary>
[Trait("Category", "Unit")]
public sealed class USyncDryRunTests : IAsyncLifetime
{
    private static readonly Guid H5yrHome = Guid.Parse("129b4ce1-5570-48b8-9d5e-89281f64988a");
    private static readonly Guid H5yrContribute = Guid.Parse("cfeb7907-043c-4440-96a8-5672411e72e5");
    private static readonly Guid H5yrShop = Guid.Parse("0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d");
    private static readonly Guid Donate = Guid.Parse("d0a7e000-1111-4222-8333-944445555666");
    private static readonly Guid Kezdolap = Guid.Parse("3f707442-9abc-4677-b69a-b0ce9a0a8d9a");
    private static readonly Guid LocalOfferReport = Guid.Parse("fbc6b136-dbed-4a34-8d18-f3d2e84d8e83");
    private TestPortal? _portal;

    private TestPortal Portal => _portal!;

    private USyncImporter Importer => Portal.Get<USyncImporter>();

    private IPublishedContentCache Cache => Portal.Get<IPublishedContentCache>();

    public async Task InitializeAsync() => _portal = await TestPortal.StartAsync();

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    private static string Source(string name) => name == "site" ? Path.Combine(TestPaths.SiteRoot, "uSync") : TestPaths.Fixture(name);

    /// <summary>Each item's outcome as a user reads it in the report.</summary>
    private static List<string> Outcomes(USyncReport report) =>
        report.Items.Select(i => $"{i.File} {i.ItemType} {i.Key} {i.Change} {i.Reason}").ToList();

    private static List<string> Changes(USyncReport report) =>
        report.Items.Where(i => i.Change is not (USyncChange.Unchanged or USyncChange.Ignored)).Select(i => $"{i.File} {i.Change} {i.Reason}").ToList();

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<ContentVersion> DraftAsync(Guid key)
    {
        var repository = Portal.Get<IContentRepository>();
        return (await repository.GetVersionAsync((await repository.GetNodeAsync(key))!.DraftVersionId))!;
    }

    [Theory]
    [InlineData("site")]
    [InlineData("h5yr-v9")]
    [InlineData("consulting-v17")]
    public async Task A_dry_run_into_an_empty_portal_foretells_the_import_and_stores_nothing(string source)
    {
        var cacheVersion = Cache.Version;

        var dryRun = await Importer.ImportAsync(Source(source), dryRun: true);

        Assert.True(dryRun.Count(USyncChange.Created) > 0);
        await using (var db = await Portal.OpenDatabaseAsync())
        {
            Assert.False(await db.DataTypes.AnyAsync());
            Assert.False(await db.ContentTypes.AnyAsync());
            Assert.False(await db.ContentNodes.AnyAsync());
            Assert.False(await db.MediaItems.AnyAsync());
            Assert.False(await db.Domains.AnyAsync());
        }

        var store = Portal.Get<MediaFileStore>().Root;
        Assert.False(Directory.Exists(store) && Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories).Any());
        Assert.Equal(cacheVersion, Cache.Version);
        Assert.Empty(Cache.GetAll());

        var imported = await Importer.ImportAsync(Source(source));

        Assert.Equal(Outcomes(imported), Outcomes(dryRun));
        Assert.NotEmpty(Cache.GetAll());
    }

    [Fact]
    public async Task A_dry_run_of_one_edited_page_reports_exactly_one_update_and_changes_nothing()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        Edit(copy.PathTo("v9", "Content", "contribute.config"), "<p>dgsds</p>", "<p>Share your #H5YR moments.</p>");
        var versions = await Portal.Get<IContentRepository>().GetVersionsAsync(H5yrContribute);
        var cacheVersion = Cache.Version;

        var dryRun = await Importer.ImportAsync(copy.Path, dryRun: true);

        var updated = Assert.Single(dryRun.Items, i => i.Change != USyncChange.Unchanged && i.Change != USyncChange.Ignored);
        Assert.Equal(USyncChange.Updated, updated.Change);
        Assert.Equal(H5yrContribute, updated.Key);
        Assert.Equal("<p>dgsds</p>", (await DraftAsync(H5yrContribute)).Properties["bodyText"]);
        Assert.Equal(versions.Count, (await Portal.Get<IContentRepository>().GetVersionsAsync(H5yrContribute)).Count);
        Assert.Equal(cacheVersion, Cache.Version);
        Assert.Equal("<p>dgsds</p>", Cache.GetByRoute("/contribute")?.Value("bodyText"));

        var imported = await Importer.ImportAsync(copy.Path);

        Assert.Equal(Outcomes(imported), Outcomes(dryRun));
        Assert.Equal("<p>Share your #H5YR moments.</p>", Cache.GetByRoute("/contribute")?.Value("bodyText"));
    }

    [Fact]
    public async Task A_dry_run_of_a_delete_an_unpublish_and_a_new_page_reports_them_and_the_site_stays_as_it_was()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        await Importer.ImportAsync(copy.Path);
        File.WriteAllText(
            copy.PathTo("v9", "Content", "shop.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"Shop\" Change=\"Delete\" Level=\"2\" />");
        var donate = File.ReadAllText(copy.PathTo("v9", "Content", "contribute.config"))
            .Replace(H5yrContribute.ToString(), Donate.ToString(), StringComparison.Ordinal)
            .Replace("Contribute", "Donate", StringComparison.Ordinal);
        File.WriteAllText(copy.PathTo("v9", "Content", "donate.config"), donate);
        Edit(copy.PathTo("v9", "Content", "contribute.config"), "<Published Default=\"true\" />", "<Published Default=\"false\" />");
        var cacheVersion = Cache.Version;

        var dryRun = await Importer.ImportAsync(copy.Path, dryRun: true);

        Assert.Equal(USyncChange.Deleted, Assert.Single(dryRun.Items, i => i.Key == H5yrShop).Change);
        Assert.Equal(USyncChange.Updated, Assert.Single(dryRun.Items, i => i.Key == H5yrContribute).Change);
        Assert.Equal(USyncChange.Created, Assert.Single(dryRun.Items, i => i.Key == Donate).Change);
        Assert.Equal(3, Changes(dryRun).Count);
        Assert.Equal(cacheVersion, Cache.Version);
        Assert.Equal(H5yrShop, Cache.GetByRoute("/shop")?.Key);
        Assert.Equal(H5yrContribute, Cache.GetByRoute("/contribute")?.Key);
        Assert.Null(Cache.GetByRoute("/donate"));
        var repository = Portal.Get<IContentRepository>();
        Assert.False((await repository.GetNodeAsync(H5yrShop))!.Trashed);
        Assert.True((await repository.GetNodeAsync(H5yrContribute))!.IsPublished);
        Assert.Null(await repository.GetNodeAsync(Donate));

        var imported = await Importer.ImportAsync(copy.Path);

        Assert.Equal(Outcomes(imported), Outcomes(dryRun));
        Assert.Null(Cache.GetByRoute("/shop"));
        Assert.Null(Cache.GetByRoute("/contribute"));
        Assert.Equal(Donate, Cache.GetByRoute("/donate")?.Key);
    }

    [Fact]
    public async Task A_dry_run_of_deleted_domains_leaves_the_site_root_where_it_was()
    {
        using var copy = TempFolder.CopyOf(TestPaths.ConsultingV17);
        await Importer.ImportAsync(copy.Path);
        File.WriteAllText(copy.PathTo("v17", "Domains", "_hu-hu.config"), "<Empty Key=\"cdcab783-0000-0000-0000-000000000000\" Alias=\"/\" Change=\"Delete\" />");
        File.WriteAllText(copy.PathTo("v17", "Domains", "hu_hu-hu_14snsrth.config"), "<Empty Key=\"800a60dd-0000-0000-0000-000000000000\" Alias=\"hu\" Change=\"Delete\" />");
        var cacheVersion = Cache.Version;

        var dryRun = await Importer.ImportAsync(copy.Path, dryRun: true);

        Assert.Equal(2, dryRun.Count(USyncChange.Deleted));
        Assert.Equal(2, Changes(dryRun).Count);
        Assert.Equal(cacheVersion, Cache.Version);
        Assert.Equal(Kezdolap, Cache.GetByRoute("/")?.Key);
        await using (var db = await Portal.OpenDatabaseAsync())
        {
            Assert.Equal(2, await db.Domains.CountAsync());
        }

        var imported = await Importer.ImportAsync(copy.Path);

        Assert.Equal(Outcomes(imported), Outcomes(dryRun));
        Assert.Equal("Executive Insights", Cache.GetByRoute("/")?.Name);
    }

    [Fact]
    public async Task A_dry_run_with_a_replaced_media_file_reports_the_update_and_leaves_the_stored_file_alone()
    {
        using var copy = TempFolder.CopyOf(Path.Combine(TestPaths.SiteRoot, "uSync"));
        await Importer.ImportAsync(copy.Path);
        var source = copy.PathTo("v17", "Files", "media", "osl21et1", "local-offer-information-report.docx");
        var original = await File.ReadAllBytesAsync(source);
        var replacement = original.Reverse().ToArray(); // new content, same size: a corrected document often is
        await File.WriteAllBytesAsync(source, replacement);
        var stored = Portal.Get<MediaFileStore>().FullPath("osl21et1/local-offer-information-report.docx")!;

        var dryRun = await Importer.ImportAsync(copy.Path, dryRun: true);

        Assert.Equal(USyncChange.Updated, Assert.Single(dryRun.Items, i => i.Key == LocalOfferReport).Change);
        Assert.Single(Changes(dryRun));
        Assert.Equal(original, await File.ReadAllBytesAsync(stored));

        var imported = await Importer.ImportAsync(copy.Path);

        Assert.Equal(Outcomes(imported), Outcomes(dryRun));
        Assert.Equal(replacement, await File.ReadAllBytesAsync(stored));
    }

    [Fact]
    public async Task A_dry_run_reports_a_page_whose_parent_is_missing_as_failed_with_the_reason_the_import_gives()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        Edit(copy.PathTo("v9", "Content", "shop.config"), H5yrHome.ToString(), "11111111-2222-3333-4444-555555555555");

        var dryRun = await Importer.ImportAsync(copy.Path, dryRun: true);

        var failure = Assert.Single(dryRun.Failures);
        Assert.Equal(H5yrShop, failure.Key);
        Assert.Contains("11111111-2222-3333-4444-555555555555", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(Outcomes(await Importer.ImportAsync(copy.Path)), Outcomes(dryRun));
    }

    [Fact]
    public async Task A_dry_run_reports_a_page_that_could_not_be_published_under_an_unpublished_parent()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        Edit(copy.PathTo("v9", "Content", "home.config"), "<Published Default=\"true\" />", "<Published Default=\"false\" />");

        var dryRun = await Importer.ImportAsync(copy.Path, dryRun: true);

        Assert.Equal(2, dryRun.Count(USyncChange.Failed));
        Assert.All(dryRun.Failures, f => Assert.Contains("not published", f.Reason, StringComparison.Ordinal));
        Assert.Equal(Outcomes(await Importer.ImportAsync(copy.Path)), Outcomes(dryRun));
    }
}
