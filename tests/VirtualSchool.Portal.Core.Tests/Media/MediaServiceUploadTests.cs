using System.Text.Json;
using System.Text.RegularExpressions;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Core.Tests.Media;

[Trait("Category", "Unit")]
public sealed partial class MediaServiceUploadTests : MediaServiceTestBase
{
    [Theory]
    [InlineData("Local offer.pdf", "Pdf", "File", "local-offer.pdf")]
    [InlineData("Letter to carers.docx", "Docx", "File", "letter-to-carers.docx")]
    [InlineData("Budget.xlsx", "Xlsx", "File", "budget.xlsx")]
    [InlineData("Training day.pptx", "Pptx", "File", "training-day.pptx")]
    [InlineData("Minutes.odt", "Odt", "File", "minutes.odt")]
    [InlineData("Pupils.csv", "Csv", "File", "pupils.csv")]
    [InlineData("Notes.txt", "Text", "File", "notes.txt")]
    [InlineData("Notes (Windows).txt", "Utf16Text", "File", "notes-windows.txt")]
    [InlineData("Head teacher.jpg", "Jpeg", "Image", "head-teacher.jpg")]
    [InlineData("Head teacher.JPEG", "Jpeg", "Image", "head-teacher.jpeg")]
    [InlineData("Logo.png", "Png", "Image", "logo.png")]
    [InlineData("Spinner.gif", "Gif", "Image", "spinner.gif")]
    [InlineData("Banner.webp", "WebP", "Image", "banner.webp")]
    public async Task Every_allowed_type_is_stored_outside_wwwroot_under_a_random_folder_with_its_size_and_format(
        string fileName, string sample, string mediaType, string safeName)
    {
        var bytes = SampleFiles.Named(sample);

        var result = await Media.UploadAsync(fileName, new MemoryStream(bytes));

        Assert.True(result.Succeeded, $"{result.Status}: {result.Message}");
        var item = await StoredAsync(result.Item!.Key);
        Assert.Matches(StoragePath(), item.StoragePath);
        Assert.EndsWith("/" + safeName, item.StoragePath, StringComparison.Ordinal);
        Assert.Equal("/media/" + item.StoragePath, item.Url);
        Assert.Equal(mediaType, item.MediaTypeAlias);
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), item.Name);
        Assert.Equal(bytes.Length, item.Bytes);
        Assert.Equal(Path.GetExtension(safeName).TrimStart('.'), item.Extension);
        Assert.Equal(bytes, StoredBytes(item));
        Assert.StartsWith(Path.Combine(Portal.DataPath, "media") + Path.DirectorySeparatorChar, Store.FullPath(item.StoragePath!), StringComparison.Ordinal);

        // As uSync writes media, so that an export of this site reads back the same.
        using (var file = JsonDocument.Parse(item.Properties["umbracoFile"]!))
        {
            Assert.Equal(item.Url, file.RootElement.GetProperty("src").GetString());
        }

        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Properties["umbracoBytes"]);
        Assert.Equal(item.Extension, item.Properties["umbracoExtension"]);
        Assert.Equal(item.Key, (await MediaItems.GetByUrlAsync(item.Url!))?.Key);
        Assert.Equal([item.StoragePath!], FilesInStore());
    }

    [Theory]
    [InlineData("setup.exe", "Exe", UploadStatus.ExtensionNotAllowed)]
    [InlineData("logo.svg", "Svg", UploadStatus.ExtensionNotAllowed)]
    [InlineData("page.html", "Html", UploadStatus.ExtensionNotAllowed)]
    [InlineData("script.js", "PlainText", UploadStatus.ExtensionNotAllowed)]
    [InlineData("README", "PlainText", UploadStatus.ExtensionNotAllowed)]
    [InlineData("report.pdf.exe", "Exe", UploadStatus.ExtensionNotAllowed)]
    [InlineData("", "Pdf", UploadStatus.NameNotAllowed)]
    [InlineData("report.pdf", "Docx", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("report.pdf", "Html", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("letter.docx", "PlainZip", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("letter.docx", "Xlsx", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("letter.docx", "BrokenZip", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("budget.xlsx", "PlainZip", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("slides.pptx", "Docx", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("minutes.odt", "Ods", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("minutes.odt", "PlainZip", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("logo.png", "PlainText", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("photo.jpg", "Png", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("banner.webp", "Wave", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("notes.txt", "TextWithNul", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("notes.txt", "Exe", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("pupils.csv", "Latin1", UploadStatus.ContentDoesNotMatchExtension)]
    [InlineData("report.pdf", "Empty", UploadStatus.EmptyFile)]
    public async Task A_refused_upload_says_why_and_leaves_nothing_behind(string fileName, string sample, UploadStatus expected)
    {
        var result = await Media.UploadAsync(fileName, new MemoryStream(SampleFiles.Named(sample)));

        Assert.Equal(MediaOperationStatus.UploadRefused, result.Status);
        Assert.Equal(expected, result.Upload);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Null(result.Item);
        Assert.Equal(0, await MediaCountAsync());
        Assert.Empty(FilesInStore());
    }

    [Fact]
    public async Task A_file_whose_contents_do_not_match_says_which_extension()
    {
        var result = await Media.UploadAsync("report.pdf", new MemoryStream(SampleFiles.Docx));

        Assert.Equal("The selected file's contents do not match its .pdf extension", result.Message);
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_without_reading_much_past_the_limit()
    {
        const long limit = 1024 * 1024;
        using var media = MediaWithLimit(limit);
        var body = new GuardedStream(length: 50 * limit, failAfter: limit + (64 * 1024));

        var result = await media.UploadAsync("big.txt", body);

        Assert.Equal(MediaOperationStatus.UploadRefused, result.Status);
        Assert.Equal(UploadStatus.TooLarge, result.Upload);
        Assert.Equal("The selected file must be smaller than 1 MB", result.Message);
        Assert.Equal(limit + 1, body.BytesRead);
        Assert.Equal(0, await MediaCountAsync());
        Assert.Empty(FilesInStore());
    }

    [Fact]
    public async Task A_file_exactly_at_the_limit_is_accepted()
    {
        const long limit = 256 * 1024;
        using var media = MediaWithLimit(limit);

        var result = await media.UploadAsync("exact.txt", new GuardedStream(limit, failAfter: limit));

        Assert.True(result.Succeeded, $"{result.Status}: {result.Message}");
        Assert.Equal(limit, result.Item!.Bytes);
    }

    [Fact]
    public async Task The_default_limit_is_20_MB()
    {
        var body = new GuardedStream(length: 21L * 1024 * 1024, failAfter: (20L * 1024 * 1024) + (64 * 1024));

        var result = await Media.UploadAsync("huge.csv", body);

        Assert.Equal(UploadStatus.TooLarge, result.Upload);
        Assert.Equal("The selected file must be smaller than 20 MB", result.Message);
        Assert.Empty(FilesInStore());
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\x\\y.pdf", "y.pdf")]
    [InlineData("..\\a.pdf", "a.pdf")]
    [InlineData("..\\..\\..\\App_Data\\portal.db.pdf", "portal.db.pdf")]
    [InlineData("/media/abcdefgh/../../../outside.pdf", "outside.pdf")]
    [InlineData("bad\u0000na\u0007me\n.pdf", "badname.pdf")]
    [InlineData("CON.pdf", "con-file.pdf")]
    [InlineData(".htaccess.pdf", "htaccess.pdf")]
    public async Task A_path_like_name_ends_up_as_a_safe_name_inside_the_media_store(string fileName, string safeName)
    {
        var result = await Media.UploadAsync(fileName, new MemoryStream(SampleFiles.Pdf));

        Assert.True(result.Succeeded, $"{result.Status}: {result.Message}");
        var item = result.Item!;
        Assert.Matches(StoragePath(), item.StoragePath);
        Assert.EndsWith("/" + safeName, item.StoragePath, StringComparison.Ordinal);
        Assert.StartsWith(Store.Root + Path.DirectorySeparatorChar, Store.FullPath(item.StoragePath!), StringComparison.Ordinal);
        Assert.Equal(SampleFiles.Pdf, StoredBytes(item));
        Assert.Empty(FilesOutsideStore());
        Assert.Equal([item.StoragePath!], FilesInStore());
    }

    [Fact]
    public async Task Two_uploads_with_the_same_name_get_their_own_urls()
    {
        var first = await UploadedAsync("report.pdf", SampleFiles.Pdf);
        var second = await UploadedAsync("report.pdf", SampleFiles.Pdf);

        Assert.NotEqual(first.Url, second.Url);
        Assert.Equal(2, FilesInStore().Count);
    }

    [Fact]
    public async Task An_upload_into_a_folder_goes_below_it_and_takes_a_name_if_given()
    {
        var folder = await FolderAsync("Policies");

        var item = await UploadedAsync("C:\\Users\\Jo\\Desktop\\cp-2024-v3.pdf", SampleFiles.Pdf, folder.Key, name: "Child protection policy");

        Assert.Equal(folder.Key, item.ParentKey);
        Assert.Equal(2, item.Level);
        Assert.Equal("Child protection policy", item.Name);
    }

    [Fact]
    public async Task An_upload_into_a_missing_folder_or_a_file_is_refused()
    {
        var file = await UploadedAsync("report.pdf", SampleFiles.Pdf);

        var missing = await Media.UploadAsync("a.pdf", new MemoryStream(SampleFiles.Pdf), Guid.NewGuid());
        var intoFile = await Media.UploadAsync("a.pdf", new MemoryStream(SampleFiles.Pdf), file.Key);

        Assert.Equal(MediaOperationStatus.ParentNotFound, missing.Status);
        Assert.Equal(MediaOperationStatus.ParentNotAFolder, intoFile.Status);
        Assert.Equal(1, await MediaCountAsync());
        Assert.Equal([file.StoragePath!], FilesInStore());
    }

    [GeneratedRegex("^[a-z0-9]{8}/[a-z0-9._-]{1,100}$")]
    private static partial Regex StoragePath();
}
