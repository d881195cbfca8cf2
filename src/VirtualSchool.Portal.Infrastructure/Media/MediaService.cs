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

/// <summary>
/// The media library: folders, uploads checked against <see cref="UploadRules"/>, replacing a file under the
/// same URL, rename, move, and delete to the recycle bin after warning about content that uses the item.
/// Expected refusals come back as a status with a message; exceptions are for the unexpected.
/// </summary>
public sealed class MediaService(
    IDbContextFactory<PortalDbContext> contexts,
    MediaFileStore files,
    MediaChanges changes,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<MediaService> logger) : IDisposable
{
    public const string FolderType = "Folder";
    public const string FileType = "File";
    public const string ImageType = "Image";

    /// <summary>Uploads are written here first (inside the store, so the final move is a rename on one disk).</summary>
    internal const string UploadsFolder = ".uploads";

    public const int MaxPageSize = 500;

    private const int MaxNameLength = 255;
    private const string FolderChars = "abcdefghijklmnopqrstuvwxyz0123456789";

    // Replacing swaps the file and then records its size; two replacements of one file at once must not cross.
    private readonly SemaphoreSlim _replacing = new(1, 1);

    private long MaxBytes => options.Value.Media.MaxUploadBytes;

    public async Task<MediaOperationResult> CreateFolderAsync(string name, Guid? parentKey = null, CancellationToken cancellationToken = default)
    {
        if (CheckName(name, out var cleanName) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (parent, refusal) = await FindParentAsync(db, parentKey, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var folder = new MediaItem
        {
            Key = Guid.NewGuid(),
            ParentKey = parentKey,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = await NextSortOrderAsync(db, parentKey, cancellationToken),
            Name = cleanName,
            MediaTypeAlias = FolderType,
            CreateDate = now,
            UpdateDate = now,
        };
        db.MediaItems.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return new(MediaOperationStatus.Success, folder);
    }

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

    /// <summary>Renames the item as editors see it; its file and URL stay as they are.</summary>
    public async Task<MediaOperationResult> RenameAsync(Guid key, string name, CancellationToken cancellationToken = default)
    {
        if (CheckName(name, out var cleanName) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
        if (item is null)
        {
            return NotFound(key);
        }

        item.Name = cleanName;
        item.UpdateDate = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return new(MediaOperationStatus.Success, item);
    }

    /// <summary>Moves an item (with everything inside it, for a folder) to the end of another folder, or to the root.</summary>
    public async Task<MediaOperationResult> MoveAsync(Guid key, Guid? newParentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
        if (item is null)
        {
            return NotFound(key);
        }

        var (parent, refusal) = await FindParentAsync(db, newParentKey, cancellationToken);
        if (refusal is not null)
        {
            return refusal with { Item = item };
        }

        for (var ancestor = parent; ancestor is not null;)
        {
            if (ancestor.Key == key)
            {
                return new(MediaOperationStatus.InvalidMove, item, "A folder cannot be moved into itself or into a folder inside it");
            }

            var above = ancestor.ParentKey;
            ancestor = above is null ? null : await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == above, cancellationToken);
        }

        if (item.ParentKey == newParentKey)
        {
            return new(MediaOperationStatus.Success, item);
        }

        var levelChange = (parent?.Level ?? 0) + 1 - item.Level;
        var descendants = await DescendantsAsync(db, key, tracked: true, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        item.SortOrder = await NextSortOrderAsync(db, newParentKey, cancellationToken);
        item.ParentKey = newParentKey;
        foreach (var moved in descendants.Prepend(item))
        {
            moved.Level += levelChange;
            moved.UpdateDate = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return new(MediaOperationStatus.Success, item);
    }

    /// <summary>
    /// The content nodes whose current draft or published version refers to the item, or to anything inside
    /// it for a folder: by key (a media picker's <c>mediaKey</c>, a <c>umb://media/…</c> UDI) or by URL
    /// (a link in Markdown or rich text).
    /// </summary>
    public async Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        return item is null ? [] : await UsagesAsync(db, item, cancellationToken);
    }

    /// <summary>
    /// Moves an item (and, for a folder, everything inside it) to the recycle bin. Its file stays until the
    /// bin is emptied. When content uses it, nothing happens unless <paramref name="confirmUsed"/> is set:
    /// the result lists the pages so that the editor can be warned first.
    /// </summary>
    public async Task<MediaOperationResult> DeleteAsync(Guid key, bool confirmUsed, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
        if (item is null)
        {
            return NotFound(key);
        }

        var usages = await UsagesAsync(db, item, cancellationToken);
        if (usages.Count > 0 && !confirmUsed)
        {
            var pages = usages.Select(u => u.NodeName).Distinct(StringComparer.Ordinal).ToList();
            var count = pages.Count == 1 ? "1 page" : $"{pages.Count} pages";
            return new(
                MediaOperationStatus.UsedByContent,
                item,
                $"'{item.Name}' is used on {count} ({string.Join(", ", pages)}). Links to it will stop working if you delete it",
                Usages: usages);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var trashed in (await DescendantsAsync(db, key, tracked: true, cancellationToken)).Prepend(item))
        {
            trashed.Trashed = true;
            trashed.UpdateDate = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return new(MediaOperationStatus.Success, item, Usages: usages);
    }

    /// <summary>Takes an item (and what is inside it) out of the recycle bin, to the root when its folder is gone or binned.</summary>
    public async Task<MediaOperationResult> RestoreAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is null)
        {
            return NotFound(key);
        }

        if (!item.Trashed)
        {
            return new(MediaOperationStatus.NotTrashed, item, $"'{item.Name}' is not in the recycle bin");
        }

        var descendants = await DescendantsAsync(db, key, tracked: true, cancellationToken);
        var parentKey = item.ParentKey;
        var parent = parentKey is null ? null : await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == parentKey, cancellationToken);
        if (item.ParentKey is not null && (parent is null || parent.Trashed))
        {
            var levelChange = 1 - item.Level;
            item.ParentKey = null;
            item.SortOrder = await NextSortOrderAsync(db, null, cancellationToken);
            foreach (var moved in descendants.Prepend(item))
            {
                moved.Level += levelChange;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var restored in descendants.Prepend(item))
        {
            restored.Trashed = false;
            restored.UpdateDate = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return new(MediaOperationStatus.Success, item);
    }

    /// <summary>Deletes every item in the recycle bin for good, with its file. Returns how many items went.</summary>
    public async Task<int> EmptyRecycleBinAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trashed = await db.MediaItems.Where(m => m.Trashed).ToListAsync(cancellationToken);
        var paths = trashed.Where(m => m.StoragePath is not null).Select(m => m.StoragePath!).Distinct(StringComparer.Ordinal).ToList();
        // An imported item outside the bin may share a file with a binned one; that file stays.
        var stillUsed = paths.Count == 0
            ? []
            : await db.MediaItems.Where(m => !m.Trashed && m.StoragePath != null && paths.Contains(m.StoragePath)).Select(m => m.StoragePath!).ToListAsync(cancellationToken);
        db.MediaItems.RemoveRange(trashed);
        await db.SaveChangesAsync(cancellationToken);
        if (trashed.Count > 0)
        {
            // Binned items are in no answer already; moving the version on only costs a few cache misses.
            await changes.ChangedAsync();
        }

        // The rows go first: a file left behind by a failure here is harmless, a row without its file is not.
        foreach (var path in paths.Except(stillUsed, StringComparer.Ordinal))
        {
            if (files.FullPath(path) is not { } full)
            {
                continue;
            }

            try
            {
                File.Delete(full);
                var folder = Path.GetDirectoryName(full)!;
                if (!string.Equals(folder, files.Root, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not delete the media file {Path} of an item removed from the recycle bin", path);
            }
        }

        return trashed.Count;
    }

    /// <summary>
    /// One page of a folder's children (or the root's when <paramref name="parentKey"/> is null), in sort
    /// order then name, and how many there are. Trashed items are left out.
    /// </summary>
    public async Task<MediaPage> ListChildrenAsync(Guid? parentKey, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var children = ChildrenQuery(db, parentKey);
        var total = await children.CountAsync(cancellationToken);
        var items = total <= skip
            ? []
            : await children.OrderBy(m => m.SortOrder).ThenBy(m => m.Name).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new MediaPage(items, total, skip, take);
    }

    /// <summary>A folder's children, filtered so that the (ParentKey, SortOrder) index serves the query.</summary>
    internal static IQueryable<MediaItem> ChildrenQuery(PortalDbContext db, Guid? parentKey)
    {
        var media = db.MediaItems.AsNoTracking().Where(m => !m.Trashed);
        // A comparison with a nullable parameter becomes "= @p OR (IS NULL AND @p IS NULL)", which no index serves.
        if (parentKey is { } key)
        {
            return media.Where(m => m.ParentKey == key);
        }

        return media.Where(m => m.ParentKey == null);
    }

    public void Dispose() => _replacing.Dispose();

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

    private static async Task<List<MediaUsage>> UsagesAsync(PortalDbContext db, MediaItem item, CancellationToken cancellationToken)
    {
        var descendants = await DescendantsAsync(db, item.Key, tracked: false, cancellationToken);
        var media = descendants.Where(m => !m.Trashed).Prepend(item).Select(MediaReference.For).ToList();
        var usages = new List<MediaUsage>();
        foreach (var batch in media.Chunk(50))
        {
            var patterns = batch.SelectMany(m => m.SearchTerms).Distinct(StringComparer.Ordinal).Select(t => (object)$"%{t}%").ToArray();
            // The values are JSON text in one column; a LIKE on it narrows the search to the few versions that
            // might refer to the item, and the exact check below rules out the rest.
            var sql = "SELECT * FROM \"ContentVersions\" WHERE "
                + string.Join(" OR ", patterns.Select((_, i) => $"lower(\"Properties\") LIKE {{{i}}}"));
            var candidates = await (
                from version in db.ContentVersions.FromSqlRaw(sql, patterns).AsNoTracking()
                join node in db.ContentNodes.AsNoTracking() on version.NodeId equals node.Id
                where node.DraftVersionId == version.Id || node.PublishedVersionId == version.Id
                select new { node.Key, node.Name, node.PublishedVersionId, node.Trashed, version.Properties })
                .ToListAsync(cancellationToken);

            foreach (var candidate in candidates)
            {
                foreach (var reference in batch.Where(r => candidate.Properties.Values.Any(r.IsIn)))
                {
                    usages.Add(new MediaUsage(candidate.Key, candidate.Name, candidate.PublishedVersionId is not null && !candidate.Trashed, candidate.Trashed, reference.Key));
                }
            }
        }

        return usages.Distinct().OrderBy(u => u.NodeName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Everything below an item, walking down one level at a time by the ParentKey index.</summary>
    private static async Task<List<MediaItem>> DescendantsAsync(PortalDbContext db, Guid key, bool tracked, CancellationToken cancellationToken)
    {
        var found = new List<MediaItem>();
        var source = tracked ? db.MediaItems : db.MediaItems.AsNoTracking();
        List<Guid?> level = [key];
        while (level.Count > 0)
        {
            var children = await source.Where(m => level.Contains(m.ParentKey)).ToListAsync(cancellationToken);
            found.AddRange(children);
            level = children.Where(c => c.IsFolder).Select(c => (Guid?)c.Key).ToList();
        }

        return found;
    }

    private static async Task<int> NextSortOrderAsync(PortalDbContext db, Guid? parentKey, CancellationToken cancellationToken) =>
        (await ChildrenQuery(db, parentKey).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? -1) + 1;

    private static async Task<(MediaItem? Parent, MediaOperationResult? Refusal)> FindParentAsync(
        PortalDbContext db, Guid? parentKey, CancellationToken cancellationToken)
    {
        if (parentKey is null)
        {
            return (null, null);
        }

        var parent = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == parentKey && !m.Trashed, cancellationToken);
        return parent switch
        {
            null => (null, new(MediaOperationStatus.ParentNotFound, Message: "The selected folder no longer exists")),
            { IsFolder: false } => (null, new(MediaOperationStatus.ParentNotAFolder, Message: "Media can only be put in a folder")),
            _ => (parent, null),
        };
    }

    private static MediaOperationResult? CheckName(string? name, out string cleanName)
    {
        // Tabs and line breaks become spaces; other control characters go; runs of spaces become one.
        var visible = string.Concat((name ?? "").Select(c => char.IsWhiteSpace(c) ? ' ' : c).Where(c => !char.IsControl(c)));
        cleanName = string.Join(' ', visible.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleanName.Length switch
        {
            0 => new(MediaOperationStatus.InvalidName, Message: "Enter a name"),
            > MaxNameLength => new(MediaOperationStatus.InvalidName, Message: $"The name must be {MaxNameLength} characters or fewer"),
            _ => null,
        };
    }

    /// <summary>The uploaded file's name without its folders or extension ("Annual report" for C:\docs\Annual report.pdf).</summary>
    private static string DefaultName(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/')[^1];
        var stem = Path.GetFileNameWithoutExtension(last).Trim();
        var name = stem.Length > 0 ? stem : UploadRules.SafeFileName(fileName);
        return name.Length > MaxNameLength ? name[..MaxNameLength] : name;
    }

    private MediaOperationResult Refused(string? fileName, UploadCheck check, MediaItem? item = null)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Upload of {FileName} refused: {Status}", fileName, check.Status);
        }

        return new(MediaOperationStatus.UploadRefused, item, check.Message, check.Status);
    }

    private static MediaOperationResult NotFound(Guid key) =>
        new(MediaOperationStatus.NotFound, Message: $"There is no media item {key}");

    private sealed record Received(string TemporaryFile, long Length, UploadCheck Check);

    /// <summary>How content can refer to a media item: by key (two spellings) and, for a file, by URL.</summary>
    private sealed record MediaReference(Guid Key, string? Url)
    {
        public static MediaReference For(MediaItem item) => new(item.Key, item.Url);

        /// <summary>Lower-case ASCII fragments to look for in the stored JSON (where a URL's own characters may be escaped).</summary>
        public IEnumerable<string> SearchTerms
        {
            get
            {
                yield return Key.ToString("D");
                yield return Key.ToString("N");
                if (Url is not null && MediaFileStore.StoragePathFromUrl(Url) is { } path)
                {
                    var folder = path.Split('/')[0].ToLowerInvariant();
                    if (folder.All(char.IsAsciiLetterOrDigit))
                    {
                        yield return $"/media/{folder}/";
                    }
                }
            }
        }

        public bool IsIn(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return false;
            }

            if (value.Contains(Key.ToString("D"), StringComparison.OrdinalIgnoreCase)
                || value.Contains(Key.ToString("N"), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return Url is not null
                && (value.Contains(Url, StringComparison.OrdinalIgnoreCase)
                    || (value.Contains('%', StringComparison.Ordinal) && Uri.UnescapeDataString(value).Contains(Url, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
