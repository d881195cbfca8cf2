using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Core.Tests.Media;

/// <summary>A portal of its own per test, with helpers to upload and to look at what reached the disk.</summary>
public abstract class MediaServiceTestBase : ContentServiceTestBase
{
    protected MediaService Media => Portal.Get<MediaService>();

    protected MediaFileStore Store => Portal.Get<MediaFileStore>();

    protected MediaRepository MediaItems => Portal.Get<MediaRepository>();

    /// <summary>A media service like the portal's but with its own size limit.</summary>
    protected MediaService MediaWithLimit(long maxUploadBytes) =>
        ActivatorUtilities.CreateInstance<MediaService>(
            Portal.Services, Options.Create(new PortalOptions { Media = { MaxUploadBytes = maxUploadBytes } }));

    protected async Task<MediaItem> UploadedAsync(string fileName, byte[] bytes, Guid? parentKey = null, string? name = null)
    {
        var result = await Media.UploadAsync(fileName, new MemoryStream(bytes), parentKey, name);
        Assert.True(result.Succeeded, $"uploading {fileName}: {result.Status} {result.Message}");
        return result.Item!;
    }

    protected async Task<MediaItem> FolderAsync(string name, Guid? parentKey = null)
    {
        var result = await Media.CreateFolderAsync(name, parentKey);
        Assert.True(result.Succeeded, $"creating folder {name}: {result.Status} {result.Message}");
        return result.Item!;
    }

    protected async Task<MediaItem> StoredAsync(Guid key)
    {
        await using var db = await Portal.OpenDatabaseAsync();
        return await db.MediaItems.AsNoTracking().SingleAsync(m => m.Key == key);
    }

    protected async Task<int> MediaCountAsync()
    {
        await using var db = await Portal.OpenDatabaseAsync();
        return await db.MediaItems.CountAsync();
    }

    protected byte[] StoredBytes(MediaItem item) => File.ReadAllBytes(Store.FullPath(item.StoragePath!)!);

    /// <summary>Files in the media store other than those of media items: left-over uploads, for one.</summary>
    protected IReadOnlyList<string> FilesInStore() =>
        Directory.Exists(Store.Root)
            ? Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Store.Root, f).Replace('\\', '/')).ToList()
            : [];

    /// <summary>Every file in the portal's folder that is neither the database nor in the media store.</summary>
    protected IReadOnlyList<string> FilesOutsideStore()
    {
        var portalFolder = Path.GetDirectoryName(Portal.DataPath.TrimEnd(Path.DirectorySeparatorChar))!;
        return Directory.EnumerateFiles(portalFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Store.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => !Path.GetFileName(f).StartsWith("portal.db", StringComparison.Ordinal))
            .ToList();
    }
}

/// <summary>
/// A stream of <paramref name="length"/> bytes of text, made up as it is read, that fails the test if anything
/// reads past <paramref name="failAfter"/> bytes. It cannot seek, like a request body.
/// </summary>
public sealed class GuardedStream(long length, long failAfter) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - BytesRead);
        if (BytesRead + count > failAfter)
        {
            throw new InvalidOperationException($"Read to byte {BytesRead + count}, past the {failAfter} allowed.");
        }

        buffer[..count].Fill((byte)'a');
        BytesRead += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
