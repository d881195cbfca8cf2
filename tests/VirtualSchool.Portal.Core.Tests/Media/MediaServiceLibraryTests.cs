using System.ComponentModel.DataAnnotations;
using System.Text;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Core.Tests.Media;

[Trait("Category", "Unit")]
public sealed class MediaServiceLibraryTests : MediaServiceTestBase
{
    [Fact]
    public async Task Replacing_a_file_keeps_its_url_and_changes_its_bytes()
    {
        var item = await UploadedAsync("report.pdf", SampleFiles.Pdf);
        var newer = Encoding.ASCII.GetBytes("%PDF-1.7\n% the second edition, somewhat longer than the first\n%%EOF\n");

        var result = await Media.ReplaceFileAsync(item.Key, "Report (final).PDF", new MemoryStream(newer));

        Assert.True(result.Succeeded, $"{result.Status}: {result.Message}");
        var stored = await StoredAsync(item.Key);
        Assert.Equal(item.Url, stored.Url);
        Assert.Equal(item.StoragePath, stored.StoragePath);
        Assert.Equal(item.Name, stored.Name);
        Assert.Equal(newer.Length, stored.Bytes);
        Assert.Equal(newer.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), stored.Properties["umbracoBytes"]);
        Assert.Equal(item.Properties["umbracoFile"], stored.Properties["umbracoFile"]);
        Assert.Equal(newer, StoredBytes(stored));
        Assert.Equal([item.StoragePath!], FilesInStore());
    }

    [Fact]
    public async Task Replacing_with_a_different_extension_is_refused_and_keeps_the_old_file()
    {
        var item = await UploadedAsync("report.pdf", SampleFiles.Pdf);

        var result = await Media.ReplaceFileAsync(item.Key, "report.docx", new MemoryStream(SampleFiles.Docx));

        Assert.Equal(MediaOperationStatus.ExtensionChanged, result.Status);
        Assert.Equal("The selected file must be a .pdf file, like the file it replaces, because its link ends in .pdf", result.Message);
        Assert.Equal(SampleFiles.Pdf, StoredBytes(item));
        Assert.Equal(SampleFiles.Pdf.Length, (await StoredAsync(item.Key)).Bytes);
    }

    [Theory]
    [InlineData("PlainText", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("Empty", UploadStatus.EmptyFile)]
    public async Task Replacing_with_a_refused_file_keeps_the_old_file(string sample, UploadStatus expected)
    {
        var item = await UploadedAsync("logo.png", SampleFiles.Png);

        var result = await Media.ReplaceFileAsync(item.Key, "logo.png", new MemoryStream(SampleFiles.Named(sample)));

        Assert.Equal(MediaOperationStatus.UploadRefused, result.Status);
        Assert.Equal(expected, result.Upload);
        Assert.Equal(SampleFiles.Png, StoredBytes(item));
        Assert.Equal(SampleFiles.Png.Length, (await StoredAsync(item.Key)).Bytes);
        Assert.Equal([item.StoragePath!], FilesInStore());
    }

    [Fact]
    public async Task Replacing_with_an_oversized_file_keeps_the_old_file()
    {
        var item = await UploadedAsync("notes.txt", SampleFiles.Text);
        using var media = MediaWithLimit(64 * 1024);

        var result = await media.ReplaceFileAsync(item.Key, "notes.txt", new GuardedStream(10 * 1024 * 1024, failAfter: 128 * 1024));

        Assert.Equal(UploadStatus.TooLarge, result.Upload);
        Assert.Equal(SampleFiles.Text, StoredBytes(item));
        Assert.Equal([item.StoragePath!], FilesInStore());
    }

    [Fact]
    public async Task A_folder_or_a_missing_item_has_no_file_to_replace()
    {
        var folder = await FolderAsync("Policies");

        Assert.Equal(MediaOperationStatus.NotAFile, (await Media.ReplaceFileAsync(folder.Key, "a.pdf", new MemoryStream(SampleFiles.Pdf))).Status);
        Assert.Equal(MediaOperationStatus.NotFound, (await Media.ReplaceFileAsync(Guid.NewGuid(), "a.pdf", new MemoryStream(SampleFiles.Pdf))).Status);
    }

    [Fact]
    public async Task Renaming_changes_what_editors_see_but_not_the_url()
    {
        var item = await UploadedAsync("report.pdf", SampleFiles.Pdf);

        var result = await Media.RenameAsync(item.Key, "  Annual\treport   2024 ");

        Assert.True(result.Succeeded);
        var stored = await StoredAsync(item.Key);
        Assert.Equal("Annual report 2024", stored.Name);
        Assert.Equal(item.Url, stored.Url);
        Assert.Equal(MediaOperationStatus.InvalidName, (await Media.RenameAsync(item.Key, " \t ")).Status);
        Assert.Equal(MediaOperationStatus.InvalidName, (await Media.RenameAsync(item.Key, new string('a', 256))).Status);
        Assert.Equal(MediaOperationStatus.NotFound, (await Media.RenameAsync(Guid.NewGuid(), "x")).Status);
    }

    [Fact]
    public async Task Folders_nest_and_a_folder_in_a_missing_parent_is_refused()
    {
        var policies = await FolderAsync("Policies");
        var safeguarding = await FolderAsync("Safeguarding", policies.Key);

        Assert.Equal(2, safeguarding.Level);
        Assert.Equal(policies.Key, safeguarding.ParentKey);
        Assert.True(safeguarding.IsFolder);
        Assert.Equal(MediaOperationStatus.ParentNotFound, (await Media.CreateFolderAsync("Lost", Guid.NewGuid())).Status);
        Assert.Equal(MediaOperationStatus.InvalidName, (await Media.CreateFolderAsync("")).Status);
    }

    [Fact]
    public async Task Moving_a_folder_moves_what_is_inside_it_and_keeps_urls()
    {
        var policies = await FolderAsync("Policies");
        var archive = await FolderAsync("Archive");
        var old = await FolderAsync("2019", policies.Key);
        var file = await UploadedAsync("old.pdf", SampleFiles.Pdf, old.Key);

        var result = await Media.MoveAsync(old.Key, archive.Key);

        Assert.True(result.Succeeded, $"{result.Status}: {result.Message}");
        Assert.Equal(archive.Key, (await StoredAsync(old.Key)).ParentKey);
        var moved = await StoredAsync(file.Key);
        Assert.Equal(3, moved.Level);
        Assert.Equal(file.Url, moved.Url);
        Assert.Equal(SampleFiles.Pdf, StoredBytes(moved));

        var toRoot = await Media.MoveAsync(old.Key, null);
        Assert.True(toRoot.Succeeded);
        Assert.Equal(1, (await StoredAsync(old.Key)).Level);
        Assert.Equal(2, (await StoredAsync(file.Key)).Level);
    }

    [Fact]
    public async Task A_folder_cannot_move_into_itself_below_itself_or_into_a_file()
    {
        var policies = await FolderAsync("Policies");
        var inner = await FolderAsync("Inner", policies.Key);
        var file = await UploadedAsync("a.pdf", SampleFiles.Pdf);

        Assert.Equal(MediaOperationStatus.InvalidMove, (await Media.MoveAsync(policies.Key, policies.Key)).Status);
        Assert.Equal(MediaOperationStatus.InvalidMove, (await Media.MoveAsync(policies.Key, inner.Key)).Status);
        Assert.Equal(MediaOperationStatus.ParentNotAFolder, (await Media.MoveAsync(policies.Key, file.Key)).Status);
        Assert.Null((await StoredAsync(policies.Key)).ParentKey);
    }

    [Fact]
    public async Task Deleting_an_item_linked_from_a_published_page_reports_the_page_and_needs_confirming()
    {
        var report = await UploadedAsync("report.pdf", SampleFiles.Pdf);
        var home = await PublishedAsync("Home");
        var page = await PublishedAsync("Local offer", home, body: $"Read [the report]({report.Url}) first.");

        var refused = await Media.DeleteAsync(report.Key, confirmUsed: false);

        Assert.Equal(MediaOperationStatus.UsedByContent, refused.Status);
        var usage = Assert.Single(refused.UsedBy);
        Assert.Equal(page.Key, usage.NodeKey);
        Assert.Equal("Local offer", usage.NodeName);
        Assert.True(usage.IsPublished);
        Assert.Equal(report.Key, usage.MediaKey);
        Assert.Equal("'report' is used on 1 page (Local offer). Links to it will stop working if you delete it", refused.Message);
        Assert.False((await StoredAsync(report.Key)).Trashed);
        Assert.NotNull(await MediaItems.GetByUrlAsync(report.Url!));

        var confirmed = await Media.DeleteAsync(report.Key, confirmUsed: true);

        Assert.True(confirmed.Succeeded);
        Assert.Single(confirmed.UsedBy);
        Assert.True((await StoredAsync(report.Key)).Trashed);
        Assert.Null(await MediaItems.GetByUrlAsync(report.Url!));
        Assert.Equal(SampleFiles.Pdf, StoredBytes(report));
    }

    [Fact]
    public async Task A_media_picker_or_udi_in_a_draft_counts_as_a_use()
    {
        var logo = await UploadedAsync("logo.png", SampleFiles.Png);
        var banner = await UploadedAsync("banner.webp", SampleFiles.WebP);
        var home = await CreateAsync("Home");
        var values = SampleSite.ValidValues("Home");
        values["metaDescription"] = $$"""[{"key":"{{Guid.NewGuid()}}","mediaKey":"{{logo.Key.ToString().ToUpperInvariant()}}","crops":[]}]""";
        values["bodyText"] = $"""<img data-udi="umb://media/{banner.Key:N}" src="/media/elsewhere.webp" />""";
        Assert.True((await Content.SaveAsync(home.Key, "Home", values)).Succeeded);

        var logoUse = Assert.Single(await Media.GetUsagesAsync(logo.Key));
        var bannerUse = Assert.Single(await Media.GetUsagesAsync(banner.Key));

        Assert.Equal(home.Key, logoUse.NodeKey);
        Assert.False(logoUse.IsPublished);
        Assert.Equal(home.Key, bannerUse.NodeKey);
        Assert.Equal(MediaOperationStatus.UsedByContent, (await Media.DeleteAsync(logo.Key, confirmUsed: false)).Status);
    }

    [Fact]
    public async Task A_document_picked_into_rich_text_as_a_local_link_counts_as_a_use()
    {
        var report = await UploadedAsync("report.pdf", SampleFiles.Pdf);
        var page = await PublishedAsync("Local offer", body: $$"""<p>Read <a type="media" href="/{localLink:{{report.Key}}}">the report</a> first.</p>""");

        var refused = await Media.DeleteAsync(report.Key, confirmUsed: false);

        Assert.Equal(MediaOperationStatus.UsedByContent, refused.Status);
        Assert.Equal(page.Key, Assert.Single(refused.UsedBy).NodeKey);
        Assert.False((await StoredAsync(report.Key)).Trashed);
    }

    [Fact]
    public async Task Only_the_current_draft_and_published_versions_count()
    {
        var report = await UploadedAsync("report.pdf", SampleFiles.Pdf);
        var home = await PublishedAsync("Home", body: $"[Report]({report.Url})");
        Assert.True((await Content.SaveAsync(home.Key, "Home", SampleSite.ValidValues("Home", "No more report."))).Succeeded);

        // The published version still links to it.
        Assert.Single(await Media.GetUsagesAsync(report.Key));

        Assert.True((await Content.PublishAsync(home.Key)).Succeeded);

        Assert.Empty(await Media.GetUsagesAsync(report.Key));
        Assert.True((await Media.DeleteAsync(report.Key, confirmUsed: false)).Succeeded);
    }

    [Fact]
    public async Task A_page_that_mentions_a_similar_url_does_not_count()
    {
        var report = await UploadedAsync("report.pdf", SampleFiles.Pdf);
        var folder = report.StoragePath!.Split('/')[0];
        await PublishedAsync("Home", body: $"[Another file](/media/{folder}/report-2.pdf)");

        Assert.Empty(await Media.GetUsagesAsync(report.Key));
    }

    [Fact]
    public async Task Deleting_a_folder_warns_about_what_is_used_inside_it_and_bins_it_all()
    {
        var policies = await FolderAsync("Policies");
        var inner = await FolderAsync("2024", policies.Key);
        var used = await UploadedAsync("used.pdf", SampleFiles.Pdf, inner.Key);
        var unused = await UploadedAsync("unused.pdf", SampleFiles.Pdf, policies.Key);
        var page = await PublishedAsync("Home", body: $"[Policy]({used.Url})");

        var refused = await Media.DeleteAsync(policies.Key, confirmUsed: false);

        Assert.Equal(MediaOperationStatus.UsedByContent, refused.Status);
        Assert.Equal(page.Key, Assert.Single(refused.UsedBy).NodeKey);
        Assert.Equal(used.Key, refused.UsedBy[0].MediaKey);

        Assert.True((await Media.DeleteAsync(policies.Key, confirmUsed: true)).Succeeded);
        foreach (var key in new[] { policies.Key, inner.Key, used.Key, unused.Key })
        {
            Assert.True((await StoredAsync(key)).Trashed);
        }

        Assert.Equal(0, (await Media.ListChildrenAsync(null)).Total);
    }

    [Fact]
    public async Task The_recycle_bin_keeps_files_until_emptied_and_can_give_items_back()
    {
        var kept = await UploadedAsync("kept.pdf", SampleFiles.Pdf);
        var binned = await UploadedAsync("binned.pdf", SampleFiles.Pdf);
        var restored = await UploadedAsync("restored.pdf", SampleFiles.Pdf);
        Assert.True((await Media.DeleteAsync(binned.Key, confirmUsed: false)).Succeeded);
        Assert.True((await Media.DeleteAsync(restored.Key, confirmUsed: false)).Succeeded);
        Assert.Equal(3, FilesInStore().Count);

        Assert.True((await Media.RestoreAsync(restored.Key)).Succeeded);
        Assert.Equal(MediaOperationStatus.NotTrashed, (await Media.RestoreAsync(kept.Key)).Status);
        Assert.Equal(1, await Media.EmptyRecycleBinAsync());

        Assert.Equal(2, await MediaCountAsync());
        Assert.Equal(new[] { kept.StoragePath!, restored.StoragePath! }.Order(StringComparer.Ordinal), FilesInStore().Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Store.FullPath(binned.StoragePath!.Split('/')[0])));
        Assert.NotNull(await MediaItems.GetByUrlAsync(restored.Url!));
    }

    [Fact]
    public async Task Deleting_a_missing_or_binned_item_is_not_found()
    {
        var item = await UploadedAsync("a.pdf", SampleFiles.Pdf);
        Assert.True((await Media.DeleteAsync(item.Key, confirmUsed: false)).Succeeded);

        Assert.Equal(MediaOperationStatus.NotFound, (await Media.DeleteAsync(item.Key, confirmUsed: true)).Status);
        Assert.Equal(MediaOperationStatus.NotFound, (await Media.DeleteAsync(Guid.NewGuid(), confirmUsed: true)).Status);
    }

    [Theory]
    [InlineData(UploadRules.DefaultMaxBytes, true)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(2L * 1024 * 1024 * 1024, false)]
    public void The_size_limit_must_be_between_one_byte_and_1_GB(long maxUploadBytes, bool valid)
    {
        var options = new MediaOptions { MaxUploadBytes = maxUploadBytes };

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.Equal(UploadRules.DefaultMaxBytes, new PortalOptions().Media.MaxUploadBytes);
    }
}
