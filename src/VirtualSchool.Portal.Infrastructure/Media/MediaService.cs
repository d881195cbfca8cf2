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
public sealed partial class MediaService(
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
