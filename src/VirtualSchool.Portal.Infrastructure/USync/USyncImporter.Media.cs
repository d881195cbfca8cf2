using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>Media items with their files, domains, and uSync's Empty (delete and rename) files.</summary>
public sealed partial class USyncImporter
{
    private async Task<USyncItemResult> ImportMediaAsync(USyncNode item, string versionFolder, string usyncRoot, DryRun? plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        MediaItem? parent = null;
        if (item.ParentKey is { } parentKey)
        {
            parent = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == parentKey, cancellationToken);
            if (parent is null && plan?.Created.Contains(parentKey) != true)
            {
                return Result(item, USyncChange.Failed, $"its parent folder {parentKey} is neither in the folder nor in the portal");
            }
        }

        var url = MediaUrl(item.Properties.GetValueOrDefault("umbracoFile"));
        var storagePath = MediaFileStore.StoragePathFromUrl(url);
        var sourceFile = SourceFileOf(storagePath, versionFolder, usyncRoot);

        var existing = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == item.Key, cancellationToken);
        var isNew = existing is null;
        existing ??= new MediaItem { Key = item.Key, CreateDate = item.CreateDate };
        var before = isNew ? null : StateOf(existing);
        CopyFrom(item, parent, url, existing);

        var fileChanged = false;
        if (sourceFile is not null && storagePath is not null)
        {
            var length = new FileInfo(sourceFile).Length;
            fileChanged = !mediaFiles.Exists(storagePath) || existing.StoragePath != storagePath || existing.Bytes != length
                || !await SameFileAsync(sourceFile, mediaFiles.FullPath(storagePath)!, cancellationToken);
            if (fileChanged && plan is null)
            {
                await using var stream = File.OpenRead(sourceFile);
                await mediaFiles.SaveAsync(storagePath, stream, cancellationToken);
            }

            existing.StoragePath = storagePath;
            existing.Bytes = length;
        }

        var after = StateOf(existing);
        // A replaced file of the same size changes no column, but readers get new bytes: that is an update.
        if (!isNew && before == after && !fileChanged && db.Entry(existing).State == EntityState.Unchanged)
        {
            return Result(item, USyncChange.Unchanged);
        }

        if (plan is not null)
        {
            if (isNew)
            {
                plan.Created.Add(item.Key);
            }

            return Result(item, isNew ? USyncChange.Created : USyncChange.Updated);
        }

        existing.UpdateDate = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.MediaItems.Add(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result(item, isNew ? USyncChange.Created : USyncChange.Updated);
    }

    /// <summary>
    /// The item's file, if the folder has it: uSync keeps media files beside the items, in the version folder's
    /// Files/media/… or the uSync root's Files/media/….
    /// </summary>
    private static string? SourceFileOf(string? storagePath, string versionFolder, string usyncRoot) =>
        storagePath is null
            ? null
            : new[] { Path.Combine(versionFolder, "Files", "media", storagePath), Path.Combine(usyncRoot, "Files", "media", storagePath) }
                .FirstOrDefault(File.Exists);

    /// <summary>What the import compares to tell an unchanged media item from an updated one.</summary>
    private static string StateOf(MediaItem media) =>
        JsonSerializer.Serialize(new { media.Name, media.ParentKey, media.SortOrder, media.MediaTypeAlias, media.Trashed, media.Properties, media.Url, media.Bytes }, Json);

    /// <summary>Copies what the item's file says onto the media item (its file, if any, is the caller's).</summary>
    private static void CopyFrom(USyncNode item, MediaItem? parent, string? url, MediaItem media)
    {
        media.Name = item.Name;
        media.ParentKey = item.ParentKey;
        media.Level = (parent?.Level ?? 0) + 1;
        media.SortOrder = item.SortOrder;
        media.MediaTypeAlias = item.ContentTypeAlias;
        media.Trashed = item.Trashed;
        media.Properties = new Dictionary<string, string?>(item.Properties, StringComparer.OrdinalIgnoreCase);
        media.Url = url;
        media.Extension = item.Properties.GetValueOrDefault("umbracoExtension") is { Length: > 0 } ext
            ? ext.Trim().TrimStart('.').ToLowerInvariant()
            : Path.GetExtension(url)?.TrimStart('.').ToLowerInvariant() is { Length: > 0 } fromUrl ? fromUrl : null;
        media.Bytes = long.TryParse(item.Properties.GetValueOrDefault("umbracoBytes"), out var declared) ? declared : media.Bytes;
    }

    /// <summary>Whether two files hold the same bytes (a replacement may well have the same size).</summary>
    private static async Task<bool> SameFileAsync(string a, string b, CancellationToken cancellationToken)
    {
        if (new FileInfo(a).Length != new FileInfo(b).Length)
        {
            return false;
        }

        await using var left = File.OpenRead(a);
        await using var right = File.OpenRead(b);
        var hashes = await Task.WhenAll(
            System.Security.Cryptography.SHA256.HashDataAsync(left, cancellationToken).AsTask(),
            System.Security.Cryptography.SHA256.HashDataAsync(right, cancellationToken).AsTask());
        return hashes[0].AsSpan().SequenceEqual(hashes[1]);
    }

    /// <summary>The file URL of an upload or image cropper value: a plain path or JSON with <c>src</c>.</summary>
    internal static string? MediaUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (!trimmed.StartsWith('{'))
        {
            return trimmed;
        }

        using var document = JsonDocument.Parse(trimmed);
        return document.RootElement.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String ? src.GetString() : null;
    }

    private async Task<USyncItemResult> ImportDomainAsync(USyncDomain item, DryRun? plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.ContentNodes.AnyAsync(n => n.Key == item.Domain.RootKey, cancellationToken) && plan?.Created.Contains(item.Domain.RootKey) != true)
        {
            return Result(item, USyncChange.Failed, $"its root node {item.Domain.RootKey} is not in the portal");
        }

        var existing = await db.Domains.SingleOrDefaultAsync(d => d.Key == item.Key, cancellationToken);
        if (existing is null)
        {
            if (plan is not null)
            {
                return Result(item, USyncChange.Created);
            }

            db.Domains.Add(item.Domain);
            await db.SaveChangesAsync(cancellationToken);
            return Result(item, USyncChange.Created);
        }

        if (existing.Name == item.Domain.Name && existing.RootKey == item.Domain.RootKey && existing.Language == item.Domain.Language && existing.IsWildcard == item.Domain.IsWildcard)
        {
            return Result(item, USyncChange.Unchanged);
        }

        if (plan is not null)
        {
            return Result(item, USyncChange.Updated);
        }

        db.Entry(existing).CurrentValues.SetValues(item.Domain);
        await db.SaveChangesAsync(cancellationToken);
        return Result(item, USyncChange.Updated);
    }

    /// <summary>uSync's Empty files: "Delete" removes the item if the portal has it; other changes are markers.</summary>
    private async Task<USyncItemResult> ApplyEmptyAsync(USyncEmpty item, DryRun? plan, CancellationToken cancellationToken)
    {
        if (!item.Change.Equals("Delete", StringComparison.OrdinalIgnoreCase))
        {
            return Result(item, USyncChange.Unchanged, $"a '{item.Change}' marker: nothing to do");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        switch (item.Folder.ToLowerInvariant())
        {
            case "content":
                if (await repository.GetNodeAsync(item.Key, cancellationToken) is not { } node)
                {
                    return Result(item, USyncChange.Unchanged, "already absent");
                }

                if (plan is not null)
                {
                    plan.Published[item.Key] = false;
                    return Result(item, USyncChange.Deleted, "moved to the recycle bin");
                }

                if (node.IsPublished)
                {
                    await content.UnpublishAsync(item.Key, ImportUser, cancellationToken);
                }

                node = (await repository.GetNodeAsync(item.Key, cancellationToken))!;
                node.Trashed = true;
                await repository.UpdateAsync([node], cancellationToken: cancellationToken);
                return Result(item, USyncChange.Deleted, "moved to the recycle bin");
            case "media":
                var media = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == item.Key, cancellationToken);
                if (media is null)
                {
                    return Result(item, USyncChange.Unchanged, "already absent");
                }

                if (plan is not null)
                {
                    return Result(item, USyncChange.Deleted, "moved to the recycle bin");
                }

                media.Trashed = true;
                await db.SaveChangesAsync(cancellationToken);
                return Result(item, USyncChange.Deleted, "moved to the recycle bin");
            case "datatypes":
                return await DeleteAsync(db.DataTypes.Where(d => d.Key == item.Key), item, plan, cancellationToken);
            case "contenttypes" or "mediatypes" or "membertypes":
                return await DeleteAsync(db.ContentTypes.Where(t => t.Key == item.Key), item, plan, cancellationToken);
            case "domains":
                return await DeleteAsync(db.Domains.Where(d => d.Key == item.Key), item, plan, cancellationToken);
            case "forms":
                return await DeleteFormItemAsync(item, plan, cancellationToken);
            default:
                return Result(item, USyncChange.Ignored, $"deletes in {item.Folder} do not apply to the portal");
        }
    }
}
