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

/// <summary>Deleting to the recycle bin (with a warning when pages use the item), restoring, and emptying it for good.</summary>
public sealed partial class MediaService
{
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
}
