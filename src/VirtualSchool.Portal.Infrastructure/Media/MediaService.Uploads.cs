using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Media;

/// <summary>Uploads and replacing a file: received aside, checked (type, leading bytes, size, package contents), then moved into the store.</summary>
public sealed partial class MediaService
{
    /// <summary>
    /// Stores an uploaded file as a new media item (File, or Image for pictures) at
    /// <c>/media/&lt;8 random characters&gt;/&lt;safe name&gt;</c>. The stream is read once and never beyond the
    /// size limit plus one byte; nothing is kept when the upload is refused.
    /// </summary>
    public async Task<MediaOperationResult> UploadAsync(
        string? fileName, Stream content, Guid? parentKey = null, string? name = null, CancellationToken cancellationToken = default)
    {
        var nameCheck = UploadRules.CheckName(fileName);
        if (!nameCheck.IsAccepted)
        {
            return Refused(fileName, nameCheck);
        }

        var displayName = string.IsNullOrWhiteSpace(name) ? DefaultName(fileName) : name;
        if (CheckName(displayName, out var cleanName) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (parent, refusal) = await FindParentAsync(db, parentKey, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var extension = UploadRules.ExtensionOf(fileName)!;
        var received = await ReceiveAsync(content, extension, cancellationToken);
        string? storedFolder = null;
        try
        {
            if (!received.Check.IsAccepted)
            {
                return Refused(fileName, received.Check);
            }

            var safeName = UploadRules.SafeFileName(fileName);
            storedFolder = NewStorageFolder();
            var storagePath = $"{storedFolder}/{safeName}";
            var full = files.FullPath(storagePath)
                ?? throw new InvalidOperationException($"The media path {storagePath} leaves the media folder.");
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.Move(received.TemporaryFile, full);

            var url = "/media/" + storagePath;
            var now = clock.GetUtcNow().UtcDateTime;
            var item = new MediaItem
            {
                Key = Guid.NewGuid(),
                ParentKey = parentKey,
                Level = (parent?.Level ?? 0) + 1,
                SortOrder = await NextSortOrderAsync(db, parentKey, cancellationToken),
                Name = cleanName,
                MediaTypeAlias = UploadRules.IsImage(extension) ? ImageType : FileType,
                CreateDate = now,
                UpdateDate = now,
                Url = url,
                StoragePath = storagePath,
                Bytes = received.Length,
                Extension = extension,
                Properties = new(StringComparer.OrdinalIgnoreCase)
                {
                    // As uSync writes media: umbracoFile holds the URL, the others what the editor sees.
                    ["umbracoFile"] = JsonSerializer.Serialize(new { src = url }),
                    ["umbracoBytes"] = received.Length.ToString(CultureInfo.InvariantCulture),
                    ["umbracoExtension"] = extension,
                },
            };
            db.MediaItems.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            storedFolder = null;
            await changes.ChangedAsync();
            return new(MediaOperationStatus.Success, item);
        }
        finally
        {
            File.Delete(received.TemporaryFile);
            if (storedFolder is not null && files.FullPath(storedFolder) is { } orphan && Directory.Exists(orphan))
            {
                // The item was not saved, so its file must not linger where nothing points at it.
                Directory.Delete(orphan, recursive: true);
            }
        }
    }

    /// <summary>
    /// Replaces a media item's file, keeping its URL. The new file is checked in full before the old one is
    /// touched, then swapped in with a rename, so readers see the old file or the new one and a refused
    /// file leaves the old one as it was.
    /// </summary>
    public async Task<MediaOperationResult> ReplaceFileAsync(Guid key, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
        if (item is null)
        {
            return NotFound(key);
        }

        if (item.IsFolder || item.StoragePath is null || files.FullPath(item.StoragePath) is not { } full)
        {
            return new(MediaOperationStatus.NotAFile, item, "A folder has no file to replace");
        }

        var nameCheck = UploadRules.CheckName(fileName);
        if (!nameCheck.IsAccepted)
        {
            return Refused(fileName, nameCheck, item);
        }

        var extension = UploadRules.ExtensionOf(fileName)!;
        var current = Path.GetExtension(item.StoragePath).TrimStart('.').ToLowerInvariant();
        if (!string.Equals(extension, current, StringComparison.Ordinal))
        {
            return new(
                MediaOperationStatus.ExtensionChanged,
                item,
                $"The selected file must be a .{current} file, like the file it replaces, because its link ends in .{current}");
        }

        var received = await ReceiveAsync(content, extension, cancellationToken);
        var backup = Path.Combine(UploadsRoot, Guid.NewGuid().ToString("N") + ".replaced");
        try
        {
            if (!received.Check.IsAccepted)
            {
                return Refused(fileName, received.Check, item);
            }

            await SwapInAsync(db, item, full, backup, received, extension, cancellationToken);

            // The bytes an answer gives changed, and so may the file behind its URL.
            await changes.ChangedAsync();
            return new(MediaOperationStatus.Success, item);
        }
        finally
        {
            File.Delete(received.TemporaryFile);
            File.Delete(backup);
        }
    }

    /// <summary>
    /// Moves the checked file over the item's (the old one kept as <paramref name="backup"/> until the database
    /// describes the new one, and put back if it cannot), one replacement at a time.
    /// </summary>
    private async Task SwapInAsync(PortalDbContext db, MediaItem item, string full, string backup, Received received, string extension, CancellationToken cancellationToken)
    {
        await _replacing.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var hadFile = File.Exists(full);
            if (hadFile)
            {
                File.Replace(received.TemporaryFile, full, backup);
            }
            else
            {
                File.Move(received.TemporaryFile, full);
            }

            try
            {
                item.Bytes = received.Length;
                item.Extension = extension;
                item.Properties = new(item.Properties, StringComparer.OrdinalIgnoreCase)
                {
                    ["umbracoBytes"] = received.Length.ToString(CultureInfo.InvariantCulture),
                    ["umbracoExtension"] = extension,
                };
                item.UpdateDate = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
            }
            catch when (hadFile)
            {
                // The database still describes the old file, so put it back.
                File.Move(backup, full, overwrite: true);
                throw;
            }
        }
        finally
        {
            _replacing.Release();
        }
    }

    private string UploadsRoot => Path.Combine(files.Root, UploadsFolder);

    /// <summary>
    /// Copies the upload to a temporary file in the store, reading at most the limit plus one byte, then checks
    /// its size and contents. The caller deletes <see cref="Received.TemporaryFile"/> (gone already once moved).
    /// </summary>
    private async Task<Received> ReceiveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        var max = MaxBytes;
        Directory.CreateDirectory(UploadsRoot);
        var temporary = Path.Combine(UploadsRoot, Guid.NewGuid().ToString("N") + ".uploading");
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long length = 0;
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true))
            {
                while (true)
                {
                    var wanted = (int)Math.Min(buffer.Length, max + 1 - length);
                    var read = await content.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > max)
                    {
                        return new(temporary, length, UploadRules.CheckSize(length, max));
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var size = UploadRules.CheckSize(length, max);
        if (!size.IsAccepted)
        {
            return new(temporary, length, size);
        }

        var head = new byte[(int)Math.Min(UploadRules.HeadLength, length)];
        await using (var source = File.OpenRead(temporary))
        {
            await source.ReadExactlyAsync(head, cancellationToken);
        }

        var check = UploadRules.CheckContent(extension, head, wholeFile: head.Length == length);
        if (check.IsAccepted && UploadRules.PackageRule(extension) is { } rule && !HoldsPackage(temporary, rule))
        {
            check = UploadRules.ContentMismatch(extension);
        }

        return new(temporary, length, check);
    }

    /// <summary>Whether a zip holds the entry an Office or OpenDocument file of its kind must have.</summary>
    private bool HoldsPackage(string path, ZipPackageRule rule)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(rule.Entry);
            if (entry is null || rule.Content is null)
            {
                return entry is not null;
            }

            // Read no more than the expected text and one byte: an entry's declared size may lie.
            var expected = Encoding.ASCII.GetBytes(rule.Content);
            var actual = new byte[expected.Length + 1];
            using var stream = entry.Open();
            var total = 0;
            int read;
            while (total < actual.Length && (read = stream.Read(actual, total, actual.Length - total)) > 0)
            {
                total += read;
            }

            return total == expected.Length && actual.AsSpan(0, total).SequenceEqual(expected);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A damaged zip is not a document of the kind its extension claims.
            logger.LogDebug(ex, "An upload claiming to be a zip-based document could not be read as one");
            return false;
        }
    }

    private string NewStorageFolder()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var folder = RandomNumberGenerator.GetString(FolderChars, 8);
            if (files.FullPath(folder) is { } full && !Directory.Exists(full))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("Could not find a free media folder name.");
    }
}
