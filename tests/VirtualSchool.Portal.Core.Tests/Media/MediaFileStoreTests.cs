using System.Text;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Core.Tests.Media;

[Trait("Category", "Unit")]
public sealed class MediaFileStoreTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.Create("media");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("/media/osl21et1/report.docx", "osl21et1/report.docx")]
    [InlineData("/MEDIA/osl21et1/report.docx?v=2#page", "osl21et1/report.docx")]
    [InlineData("\\media\\osl21et1\\report.docx", "osl21et1/report.docx")]
    public void A_media_url_maps_to_its_place_in_the_store(string url, string storagePath) =>
        Assert.Equal(storagePath, MediaFileStore.StoragePathFromUrl(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/media/")]
    [InlineData("/images/logo.png")]
    [InlineData("/media/../App_Data/portal.db")]
    [InlineData("/media/osl21et1/../../portal.db")]
    [InlineData("/media/./report.docx")]
    [InlineData("/media//report.docx")]
    public void A_url_that_is_not_a_media_file_or_climbs_out_maps_to_nothing(string? url) =>
        Assert.Null(MediaFileStore.StoragePathFromUrl(url));

    [Fact]
    public async Task A_saved_file_can_be_read_back_and_its_size_is_returned()
    {
        var store = new MediaFileStore(_folder.Path);
        var bytes = Encoding.UTF8.GetBytes("Local offer information report");

        var length = await store.SaveAsync("osl21et1/report.docx", new MemoryStream(bytes));

        Assert.Equal(bytes.Length, length);
        Assert.True(store.Exists("osl21et1/report.docx"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.FullPath("osl21et1/report.docx")!));
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, "*.uploading", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("/etc/passwd")]
    public async Task A_path_that_leaves_the_store_is_refused(string relativePath)
    {
        var store = new MediaFileStore(Path.Combine(_folder.Path, "media"));

        Assert.Null(store.FullPath(relativePath));
        Assert.False(store.Exists(relativePath));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(relativePath, new MemoryStream([1, 2, 3])));
        Assert.False(File.Exists(Path.Combine(_folder.Path, "outside.txt")));
    }
}
