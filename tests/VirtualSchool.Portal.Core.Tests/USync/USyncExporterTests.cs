using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Core.Tests.USync;

[Trait("Category", "Unit")]
public sealed partial class USyncExporterTests
{
    private static readonly Guid About = Guid.Parse("002f8208-c5e7-4448-8e91-feb51738be00");
    private static readonly Guid Admissions = Guid.Parse("d2e84d00-479a-4965-9b11-3f002de098e0");

    private static string SiteUSync => Path.Combine(TestPaths.SiteRoot, "uSync");

    private static string Source(string name) => name == "site" ? SiteUSync : TestPaths.Fixture(name);

    private static string Describe(USyncReport report) =>
        report + Environment.NewLine + string.Join(Environment.NewLine, report.Items
            .Where(i => i.Change is not (USyncChange.Unchanged or USyncChange.Ignored))
            .Select(i => $"{i.File}: {i.Change} {i.Reason}"));

    private static async Task<TestPortal> ImportedAsync(string folder)
    {
        var portal = await TestPortal.StartAsync();
        var report = await portal.Get<USyncImporter>().ImportAsync(folder);
        Assert.True(report.Count(USyncChange.Failed) == 0, Describe(report));
        return portal;
    }

    private static async Task<USyncExportReport> ExportAsync(TestPortal portal, string folder)
    {
        var report = await portal.Get<USyncExporter>().ExportAsync(folder);
        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Failures.Select(f => $"{f.File}: {f.Note}")));
        return report;
    }

    private static void AssertSameSite(SiteSnapshot expected, SiteSnapshot actual)
    {
        Assert.Equal(expected.DataTypes, actual.DataTypes);
        Assert.Equal(expected.ContentTypes, actual.ContentTypes);
        Assert.Equal(expected.Content, actual.Content);
        Assert.Equal(expected.Media, actual.Media);
        Assert.Equal(expected.MediaFiles, actual.MediaFiles);
        Assert.Equal(expected.Domains, actual.Domains);
        Assert.Equal(expected.Routes, actual.Routes);
    }

    /// <summary>Every file below the folder with a hash of its bytes, to show a folder did not change.</summary>
    private static List<string> Fingerprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<Dictionary<string, string?>> DraftValuesAsync(TestPortal portal, Guid key)
    {
        var repository = portal.Get<IContentRepository>();
        var node = await repository.GetNodeAsync(key);
        Assert.NotNull(node);
        return new Dictionary<string, string?>((await repository.GetVersionAsync(node.DraftVersionId))!.Properties, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("site")]
    [InlineData("h5yr-v9")]
    [InlineData("consulting-v17")]
    public async Task An_export_imported_into_an_empty_portal_gives_the_same_site(string source)
    {
        await using var original = await ImportedAsync(Source(source));
        using var export = TempFolder.Create("export");

        var report = await ExportAsync(original, export.Path);
        await using var copy = await TestPortal.StartAsync();
        var imported = await copy.Get<USyncImporter>().ImportAsync(export.Path);

        Assert.True(imported.Count(USyncChange.Failed) == 0, Describe(imported));
        Assert.Equal(report.Items.Count, imported.Count(USyncChange.Created));
        var expected = await SiteSnapshot.TakeAsync(original);
        Assert.NotEmpty(expected.Content);
        Assert.NotEmpty(expected.Routes);
        AssertSameSite(expected, await SiteSnapshot.TakeAsync(copy));
    }

    [Theory]
    [InlineData("site")]
    [InlineData("h5yr-v9")]
    [InlineData("consulting-v17")]
    public async Task Importing_an_export_into_the_portal_it_came_from_changes_nothing(string source)
    {
        await using var portal = await ImportedAsync(Source(source));
        using var export = TempFolder.Create("export");
        var before = await SiteSnapshot.TakeAsync(portal);
        var cacheVersion = portal.Get<IPublishedContentCache>().Version;

        var report = await ExportAsync(portal, export.Path);
        var imported = await portal.Get<USyncImporter>().ImportAsync(export.Path);

        Assert.Equal(report.Items.Count, imported.Items.Count);
        Assert.True(imported.Items.All(i => i.Change == USyncChange.Unchanged), Describe(imported));
        AssertSameSite(before, await SiteSnapshot.TakeAsync(portal));
        Assert.Equal(cacheVersion, portal.Get<IPublishedContentCache>().Version);
    }

    [Fact]
    public async Task Exporting_the_sites_own_uSync_writes_uSyncs_files_byte_for_byte()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");

        var report = await ExportAsync(portal, export.Path);

        Assert.Equal(export.PathTo("v17"), report.Folder);
        var source = Path.Combine(SiteUSync, "v17");
        Assert.Equal(Files(source), Files(report.Folder));
        Assert.All(Directory.EnumerateFiles(report.Folder, "*.config", SearchOption.AllDirectories), f => Assert.Equal(Bom, File.ReadAllBytes(f)[..3]));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(source, "Files", "media", "osl21et1", "local-offer-information-report.docx")),
            await File.ReadAllBytesAsync(Path.Combine(report.Folder, "Files", "media", "osl21et1", "local-offer-information-report.docx")));
        Assert.Equal(Directory.GetFiles(Path.Combine(source, "Files"), "*", SearchOption.AllDirectories).Length, report.MediaFiles);
        Assert.Equal(Directory.GetFiles(Path.Combine(source, "Content")).Length, report.Count("Content"));

        // Each file's text, less what the portal does not keep: custom validation messages and the media
        // folder type's list view. Binary files by their hash.
        static List<string> Files(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f) + Environment.NewLine + (f.EndsWith(".config", StringComparison.Ordinal)
                    ? NotKept().Replace(File.ReadAllText(f), m => m.Groups["element"].Value == "ListView" ? $"<ListView>{Guid.Empty}</ListView>" : $"<{m.Groups["element"].Value}></{m.Groups["element"].Value}>")
                    : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))))
                .Order(StringComparer.Ordinal)
                .ToList();
    }

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [GeneratedRegex("<(?<element>MandatoryMessage|ValidationRegExpMessage|ListView)>[^<]*</\\k<element>>")]
    private static partial Regex NotKept();

    [Fact]
    public async Task The_export_has_uSyncs_layout_and_version_file()
    {
        await using var portal = await ImportedAsync(TestPaths.ConsultingV17);
        using var export = TempFolder.Create("export");

        var report = await ExportAsync(portal, export.Path);

        Assert.Equal(["v17"], Directory.GetFileSystemEntries(export.Path).Select(Path.GetFileName));
        byte[] version = [.. Bom, .. "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<uSync version=\"17.3.5.0\" format=\"10.7.0\" />"u8];
        Assert.Equal(version, await File.ReadAllBytesAsync(export.PathTo("v17", "usync.config")));
        foreach (var folder in new[] { "DataTypes", "ContentTypes", "MediaTypes", "MemberTypes", "Media", "Content", "Domains" })
        {
            Assert.True(Directory.Exists(export.PathTo("v17", folder)), folder);
        }

        Assert.Equal(Directory.GetFiles(export.PathTo("v17", "Content")).Length, report.Count("Content"));
        Assert.Equal(3, report.Count("Media"));
        Assert.Equal(Directory.GetFiles(export.PathTo("v17", "Domains")).Length, report.Count("Domain"));
        Assert.Equal(report.Items.Count, report.Counts.Values.Sum());
        // The fixture has no media files; the items are exported all the same, and the report says so.
        Assert.Equal(0, report.MediaFiles);
        Assert.Equal(2, report.Notes.Count(n => n.ItemType == "Media" && n.Note!.Contains("not in the media store", StringComparison.Ordinal)));
        // The domain at "/" is written as uSync names it.
        Assert.True(File.Exists(export.PathTo("v17", "Domains", "_hu-hu.config")));
        Assert.True(File.Exists(export.PathTo("v17", "Content", "kezdőlap.config")));
    }

    [Fact]
    public async Task A_draft_saved_after_publishing_is_exported_and_the_report_says_so()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        var values = await DraftValuesAsync(portal, About);
        values["heading"] = "About us (draft)";
        Assert.True((await portal.Get<ContentService>().SaveAsync(About, "About", values)).Succeeded);

        var report = await ExportAsync(portal, export.Path);

        var noted = Assert.Single(report.Notes);
        Assert.Equal(About, noted.Key);
        Assert.Contains("draft", noted.Note, StringComparison.Ordinal);
        var exported = Assert.IsType<USyncNode>(USyncReader.ReadFile(Path.Combine(report.Folder, noted.File), noted.File, "Content"));
        Assert.Equal("About us (draft)", exported.Properties["heading"]);
        Assert.True(exported.Published);
        // Exporting publishes nothing: readers of this site still see the published heading.
        Assert.Equal("About the Virtual School", portal.Get<IPublishedContentCache>().GetByKey(About)?.Value("heading"));
    }

    [Fact]
    public async Task An_unpublished_page_is_exported_as_unpublished_and_stays_off_the_imported_site()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        // The admissions page's one child (the priority checker) first, so no published page is left below it.
        Assert.True((await portal.Get<ContentService>().UnpublishAsync(Guid.Parse("0c2e07b6-f3cc-5893-b3fe-d4f54af000fc"))).Succeeded);
        Assert.True((await portal.Get<ContentService>().UnpublishAsync(Admissions)).Succeeded);

        var report = await ExportAsync(portal, export.Path);
        await using var copy = await TestPortal.StartAsync();
        var imported = await copy.Get<USyncImporter>().ImportAsync(export.Path);

        Assert.Empty(report.Notes);
        Assert.True(imported.Count(USyncChange.Failed) == 0, Describe(imported));
        Assert.Null(copy.Get<IPublishedContentCache>().GetByRoute("/admissions"));
        Assert.False((await copy.Get<IContentRepository>().GetNodeAsync(Admissions))!.IsPublished);
        Assert.Equal(About, copy.Get<IPublishedContentCache>().GetByRoute("/about")?.Key);
    }

    [Fact]
    public async Task A_published_page_below_an_unpublished_one_is_noted_because_an_import_cannot_publish_it()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        var board = Guid.Parse("fea128de-3c81-46d9-a240-0b4f61bb57a9");
        Assert.True((await portal.Get<ContentService>().UnpublishAsync(About)).Succeeded);

        var report = await ExportAsync(portal, export.Path);
        await using var copy = await TestPortal.StartAsync();
        var imported = await copy.Get<USyncImporter>().ImportAsync(export.Path);

        // The Board page (and, since the members area, the resources folder) are published below About.
        var noted = Assert.Single(report.Notes, n => n.Key == board);
        Assert.Contains("parent is not", noted.Note, StringComparison.Ordinal);
        // The note foretells the import: the page arrives, unpublished, as on the source its readers could not reach it.
        Assert.Single(imported.Failures, f => f.Key == board);
        Assert.NotNull(await copy.Get<IContentRepository>().GetNodeAsync(board));
        Assert.Null(copy.Get<IPublishedContentCache>().GetByRoute("/about/management-board"));
    }

    [Fact]
    public async Task Values_with_cdata_ends_markup_ampersands_line_breaks_and_Hungarian_text_survive_the_round_trip()
    {
        await using var original = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        var values = await DraftValuesAsync(original, About);
        values["heading"] = "Árvíztűrő tükörfúrógép – ŐŰ őű & <b>bold</b> &amp; \"quoted\" 'single' 😀";
        values["bodyText"] = "Ends a CDATA: ]]> and again ]]]]> and ]]]>>\r\nA Windows line\nA Unix line\n\n  indented";
        values["summary"] = "<![CDATA[nested]]>";
        values["metaDescription"] = "]]>";
        const string name = "Rólunk & <társaink>";
        var content = original.Get<ContentService>();
        Assert.True((await content.SaveAsync(About, name, values)).Succeeded);
        Assert.True((await content.PublishAsync(About)).Succeeded);
        await using (var db = await original.OpenDatabaseAsync())
        {
            var markdown = await db.DataTypes.SingleAsync(d => d.Name == "Markdown");
            markdown.Configuration = "{\"placeholder\":\"Írj ide ]]> <valamit> & mást\"}";
            await db.SaveChangesAsync();
        }

        await ExportAsync(original, export.Path);
        await using var copy = await TestPortal.StartAsync();
        var imported = await copy.Get<USyncImporter>().ImportAsync(export.Path);

        Assert.True(imported.Count(USyncChange.Failed) == 0, Describe(imported));
        Assert.Equal(values.Where(v => !string.IsNullOrEmpty(v.Value)).OrderBy(v => v.Key, StringComparer.Ordinal),
            (await DraftValuesAsync(copy, About)).Where(v => !string.IsNullOrEmpty(v.Value)).OrderBy(v => v.Key, StringComparer.Ordinal));
        var page = copy.Get<IPublishedContentCache>().GetByKey(About);
        Assert.Equal(name, page?.Name);
        Assert.Equal(values["heading"], page?.Value("heading"));
        Assert.Equal(values["bodyText"], page?.Value("bodyText"));
        AssertSameSite(await SiteSnapshot.TakeAsync(original), await SiteSnapshot.TakeAsync(copy));
    }

    [Fact]
    public async Task File_names_are_safe_and_unique_even_for_awkward_and_clashing_names()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        var content = portal.Get<ContentService>();
        string[] names = ["../../etc/passwd", "a/b\\c:d*e?f|g", "CON", ".hidden", "..", "About", "ABOUT", "Árvíztűrő tükörfúrógép", "   about   "];
        var created = new Dictionary<string, Guid>();
        foreach (var name in names)
        {
            var result = await content.CreateAsync(
                new NewContent(name, "contentPage", Admissions, SampleSite.ValidValues(name)), enforceStructure: false);
            Assert.True(result.Succeeded, $"{name}: {result.Status}");
            created[name] = result.Node!.Key;
        }

        await using (var db = await portal.OpenDatabaseAsync())
        {
            db.DataTypes.Add(new DataType { Key = Guid.NewGuid(), Name = "Label - String", EditorAlias = "Umbraco.Label" });
            await db.SaveChangesAsync();
        }

        var report = await ExportAsync(portal, export.Path);

        Assert.Equal(["v17"], Directory.GetFileSystemEntries(export.Path).Select(Path.GetFileName));
        foreach (var folder in report.Items.GroupBy(i => i.File.Split('/')[0]))
        {
            var files = folder.Select(i => i.File.Split('/')).ToList();
            Assert.All(files, parts => Assert.Equal(2, parts.Length));
            var fileNames = files.Select(parts => parts[1]).ToList();
            Assert.All(fileNames, f => Assert.DoesNotContain('\\', f));
            Assert.All(fileNames, f => Assert.False(f.StartsWith('.'), f));
            Assert.Equal(fileNames.Count, fileNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(
                fileNames.Order(StringComparer.Ordinal),
                Directory.GetFiles(Path.Combine(report.Folder, folder.Key)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        string FileOf(Guid key) => Assert.Single(report.Items, i => i.Key == key).File;
        Assert.Equal("Content/etc-passwd.config", FileOf(created["../../etc/passwd"]));
        Assert.Equal("Content/a-b-c-d-e-f-g.config", FileOf(created["a/b\\c:d*e?f|g"]));
        Assert.Equal("Content/con_.config", FileOf(created["CON"]));
        Assert.Equal("Content/hidden.config", FileOf(created[".hidden"]));
        Assert.Equal("Content/árvíztűrő-tükörfúrógép.config", FileOf(created["Árvíztűrő tükörfúrógép"]));
        Assert.Equal("Content/about.config", FileOf(About));
        Assert.Equal("DataTypes/LabelString.config", Assert.Single(report.Items, i => i.Name == "Label (string)").File);
        Assert.StartsWith("DataTypes/LabelString_", Assert.Single(report.Items, i => i.Name == "Label - String").File, StringComparison.Ordinal);

        // Read back, every page is there under its own name.
        var (items, failures) = USyncReader.ReadFolder(report.Folder);
        Assert.Empty(failures);
        var pages = items.OfType<USyncNode>().Where(n => !n.IsMedia).ToDictionary(n => n.Key);
        Assert.All(created, c => Assert.Equal(c.Key.Trim(), pages[c.Value].Name));
    }

    [Fact]
    public async Task A_new_export_replaces_the_old_one_so_items_deleted_since_do_not_linger()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        var first = await ExportAsync(portal, export.Path);
        var statutory = Assert.Single(first.Items, i => i.Name == "Statutory guidance");
        File.WriteAllText(export.PathTo("v17", "Content", "stale.config"), "<Content />");
        Directory.CreateDirectory(export.PathTo("v17", "Templates"));
        File.WriteAllText(export.PathTo("v17", "Templates", "old.config"), "<Template />");
        var repository = portal.Get<IContentRepository>();
        var node = (await repository.GetNodeAsync(statutory.Key))!;
        var children = await repository.GetDescendantsAsync(statutory.Key);
        Assert.NotEmpty(children);
        node.Trashed = true;
        await repository.UpdateAsync([node]);

        var second = await ExportAsync(portal, export.Path);

        Assert.False(File.Exists(Path.Combine(second.Folder, statutory.File)));
        Assert.All(children, c => Assert.DoesNotContain(second.Items, i => i.Key == c.Key));
        Assert.All(children, c => Assert.False(File.Exists(Path.Combine(second.Folder, Assert.Single(first.Items, i => i.Key == c.Key).File))));
        Assert.False(File.Exists(export.PathTo("v17", "Content", "stale.config")));
        Assert.False(Directory.Exists(export.PathTo("v17", "Templates")));
        Assert.Equal(first.Count("Content") - 1 - children.Count, second.Count("Content"));
        Assert.Equal(["v17"], Directory.GetFileSystemEntries(export.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_item_that_cannot_be_written_abandons_the_export_and_leaves_the_previous_one_as_it_was()
    {
        await using var portal = await ImportedAsync(SiteUSync);
        using var export = TempFolder.Create("export");
        await ExportAsync(portal, export.Path);
        var before = Fingerprint(export.Path);
        var values = await DraftValuesAsync(portal, About);
        values["heading"] = "A control character \u0001 XML cannot carry";
        Assert.True((await portal.Get<ContentService>().SaveAsync(About, "About", values)).Succeeded);

        var report = await portal.Get<USyncExporter>().ExportAsync(export.Path);

        Assert.False(report.Succeeded);
        var failure = Assert.Single(report.Failures);
        Assert.Equal(About, failure.Key);
        Assert.Contains("U+0001", failure.Note, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(export.Path));
        Assert.Equal(["v17"], Directory.GetFileSystemEntries(export.Path).Select(Path.GetFileName));
    }
}
