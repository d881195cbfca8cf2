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

/// <summary>
/// Imports a uSync folder into the portal, idempotently by each item's <c>Key</c>: an item that matches what
/// is stored is left alone, a changed file updates its item, and a file that cannot be imported is reported
/// with its reason without stopping the others.
/// </summary>
public sealed class USyncImporter(
    IDbContextFactory<PortalDbContext> contexts,
    ContentService content,
    IContentRepository repository,
    MediaFileStore mediaFiles,
    PublishedContentLoader cacheLoader,
    Cluster.CacheInstructions cluster,
    MediaChanges mediaChanges,
    TimeProvider clock,
    ILogger<USyncImporter> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string ImportUser = "uSync";

    public Task<USyncReport> ImportAsync(string folder, CancellationToken cancellationToken = default) =>
        ImportAsync(folder, dryRun: false, cancellationToken);

    /// <summary>
    /// Imports the folder or, with <paramref name="dryRun"/>, reports item by item what an import would do
    /// (created, updated, unchanged, deleted, failed and why) without changing anything: each item is compared
    /// with what is stored and with what the items before it would have done. Publishing notifications are not
    /// raised in a dry run, so a handler that would cancel a publish is not foreseen.
    /// </summary>
    public async Task<USyncReport> ImportAsync(string folder, bool dryRun, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var versionFolder = USyncReader.ResolveVersionFolder(folder);
        if (versionFolder is null)
        {
            return new USyncReport(folder, [new USyncItemResult(folder, "Folder", null, null, USyncChange.Failed, "the folder does not exist or holds no uSync items")], stopwatch.Elapsed);
        }

        var (items, failures) = USyncReader.ReadFolder(versionFolder);
        var results = new List<USyncItemResult>(failures);
        var domainsChanged = false;
        var plan = dryRun ? new DryRun() : null;

        foreach (var item in items.OrderBy(Order).ThenBy(i => i is USyncNode n ? n.Level : 0).ThenBy(i => i is USyncNode n ? n.SortOrder : 0))
        {
            USyncItemResult result;
            try
            {
                result = item switch
                {
                    USyncDataType dataType => await ImportDataTypeAsync(dataType, plan, cancellationToken),
                    USyncContentType contentType => await ImportContentTypeAsync(contentType, plan, cancellationToken),
                    USyncNode { IsMedia: true } media => await ImportMediaAsync(media, versionFolder, folder, plan, cancellationToken),
                    USyncNode node => plan is null ? await ImportContentAsync(node, cancellationToken) : await PlanContentAsync(node, plan, cancellationToken),
                    USyncDomain domain => await ImportDomainAsync(domain, plan, cancellationToken),
                    USyncEmpty empty => await ApplyEmptyAsync(empty, plan, cancellationToken),
                    USyncIgnored ignored => Result(ignored, USyncChange.Ignored, ignored.Reason),
                    _ => Result(item, USyncChange.Failed, "unknown item"),
                };
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or JsonException or IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "uSync item {File} failed", item.File);
                result = Result(item, USyncChange.Failed, ex.GetBaseException().Message);
            }

            domainsChanged |= item is USyncDomain && result.Change is USyncChange.Created or USyncChange.Updated
                || item is USyncEmpty { Folder: var emptyFolder } && emptyFolder.Equals("Domains", StringComparison.OrdinalIgnoreCase) && result.Change == USyncChange.Deleted;
            results.Add(result);
        }

        if (domainsChanged && plan is null)
        {
            // Domains decide which node answers at "/": a bulk change, so the cache is loaded again once.
            await cacheLoader.LoadAsync(cancellationToken);
            await cluster.RecordAsync(Cluster.CacheInstructionKind.All, cancellationToken: cancellationToken);
        }

        // Media items, media types and data types all shape media answers (and content embeds media), so any
        // change an import made moves the media version on, here and, through its instruction, on the other nodes.
        if (plan is null && results.Any(r => r.Change is USyncChange.Created or USyncChange.Updated or USyncChange.Deleted))
        {
            await mediaChanges.ChangedAsync();
        }

        var report = new USyncReport(versionFolder, results, stopwatch.Elapsed);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("uSync {Kind} from {Folder}: {Summary} in {Elapsed} ms", dryRun ? "dry run" : "import", versionFolder, report.ToString(), stopwatch.ElapsedMilliseconds);
        }

        foreach (var failure in report.Failures)
        {
            logger.LogWarning("uSync item {File} ({ItemType}) failed: {Reason}", failure.File, failure.ItemType, failure.Reason);
        }

        return report;
    }

    private static int Order(USyncItem item) => item switch
    {
        USyncEmpty empty => USyncReader.ItemFolders.GetValueOrDefault(empty.Folder, 9) * 10 + 1,
        _ => USyncReader.ItemFolders.GetValueOrDefault(FolderOf(item), 9) * 10,
    };

    private static string FolderOf(USyncItem item) =>
        item.File.Split('/', '\\') is { Length: > 1 } parts ? parts[0] : "";

    private static USyncItemResult Result(USyncItem item, USyncChange change, string? reason = null) =>
        new(item.File, item.ItemType, item.Key, item.Alias, change, reason);

    private async Task<USyncItemResult> ImportDataTypeAsync(USyncDataType item, DryRun? plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incoming = item.DataType;
        var existing = await db.DataTypes.SingleOrDefaultAsync(d => d.Key == item.Key, cancellationToken);
        if (existing is null)
        {
            if (plan is not null)
            {
                return Result(item, USyncChange.Created);
            }

            incoming.UpdateDate = clock.GetUtcNow().UtcDateTime;
            db.DataTypes.Add(incoming);
            await db.SaveChangesAsync(cancellationToken);
            return Result(item, USyncChange.Created);
        }

        if (existing.Name == incoming.Name && existing.EditorAlias == incoming.EditorAlias && existing.EditorUiAlias == incoming.EditorUiAlias
            && existing.DatabaseType == incoming.DatabaseType && existing.Folder == incoming.Folder && SameJson(existing.Configuration, incoming.Configuration))
        {
            return Result(item, USyncChange.Unchanged);
        }

        if (plan is not null)
        {
            return Result(item, USyncChange.Updated);
        }

        existing.Name = incoming.Name;
        existing.EditorAlias = incoming.EditorAlias;
        existing.EditorUiAlias = incoming.EditorUiAlias;
        existing.DatabaseType = incoming.DatabaseType;
        existing.Folder = incoming.Folder;
        existing.Configuration = incoming.Configuration;
        existing.UpdateDate = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result(item, USyncChange.Updated);
    }

    private async Task<USyncItemResult> ImportContentTypeAsync(USyncContentType item, DryRun? plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incoming = item.ContentType;
        var clash = await db.ContentTypes.AnyAsync(t => t.Kind == incoming.Kind && t.Alias == incoming.Alias && t.Key != incoming.Key, cancellationToken);
        if (clash)
        {
            return Result(item, USyncChange.Failed, $"another {incoming.Kind.ToString().ToLowerInvariant()} type already has the alias '{incoming.Alias}'");
        }

        var existing = await db.ContentTypes.SingleOrDefaultAsync(t => t.Key == item.Key, cancellationToken);
        if (plan is not null)
        {
            if (incoming.Kind == ContentTypeKind.Document)
            {
                plan.DocumentTypes.Add(incoming.Alias);
            }

            return Result(item, existing is null ? USyncChange.Created : Fingerprint(existing) == Fingerprint(incoming) ? USyncChange.Unchanged : USyncChange.Updated);
        }

        if (existing is null)
        {
            incoming.UpdateDate = clock.GetUtcNow().UtcDateTime;
            db.ContentTypes.Add(incoming);
            await db.SaveChangesAsync(cancellationToken);
            return Result(item, USyncChange.Created);
        }

        if (Fingerprint(existing) == Fingerprint(incoming))
        {
            return Result(item, USyncChange.Unchanged);
        }

        db.Entry(existing).CurrentValues.SetValues(incoming);
        existing.AllowedChildren = incoming.AllowedChildren;
        existing.Compositions = incoming.Compositions;
        existing.Groups = incoming.Groups;
        existing.Properties = incoming.Properties;
        existing.UpdateDate = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result(item, USyncChange.Updated);
    }

    private static string Fingerprint(ContentType type) => JsonSerializer.Serialize(
        new { type.Kind, type.Alias, type.Name, type.Icon, type.Description, type.AllowAtRoot, type.IsElement, type.Folder, type.AllowedChildren, type.Compositions, type.Groups, type.Properties },
        Json);

    private async Task<USyncItemResult> ImportContentAsync(USyncNode item, CancellationToken cancellationToken)
    {
        var existing = await repository.GetNodeAsync(item.Key, cancellationToken);
        if (item.ParentKey is { } parentKey && await repository.GetNodeAsync(parentKey, cancellationToken) is null)
        {
            return Result(item, USyncChange.Failed, $"its parent {parentKey} is neither in the folder nor in the portal");
        }

        if (existing is null)
        {
            var created = await content.CreateAsync(
                new NewContent(item.Name, item.ContentTypeAlias, item.ParentKey, item.Properties, item.Key, item.SortOrder, item.CreateDate, item.TemplateAlias),
                ImportUser,
                enforceStructure: false,
                cancellationToken);
            if (!created.Succeeded)
            {
                return Result(item, USyncChange.Failed, created.Message ?? created.Status.ToString());
            }

            if (item.Trashed)
            {
                created.Node!.Trashed = true;
                await repository.UpdateAsync([created.Node], cancellationToken: cancellationToken);
                return Result(item, USyncChange.Created);
            }

            return item.Published
                ? await PublishAsync(item, USyncChange.Created, cancellationToken)
                : Result(item, USyncChange.Created);
        }

        var changed = false;
        if (existing.ParentKey != item.ParentKey)
        {
            var moved = await content.MoveAsync(item.Key, item.ParentKey, cancellationToken);
            if (!moved.Succeeded)
            {
                return Result(item, USyncChange.Failed, moved.Message ?? moved.Status.ToString());
            }

            changed = true;
            existing = moved.Node!;
        }

        var draft = await repository.GetVersionAsync(existing.DraftVersionId, cancellationToken);
        if (draft is null || draft.Name != item.Name || !SameProperties(draft.Properties, item.Properties))
        {
            var saved = await content.SaveAsync(item.Key, item.Name, item.Properties, ImportUser, cancellationToken);
            if (!saved.Succeeded)
            {
                return Result(item, USyncChange.Failed, saved.Message ?? saved.Status.ToString());
            }

            changed = true;
            existing = saved.Node!;
        }

        if (existing.SortOrder != item.SortOrder || existing.TemplateAlias != item.TemplateAlias || existing.Trashed != item.Trashed
            || !string.Equals(existing.ContentTypeAlias, item.ContentTypeAlias, StringComparison.Ordinal))
        {
            existing.SortOrder = item.SortOrder;
            existing.TemplateAlias = item.TemplateAlias;
            existing.Trashed = item.Trashed;
            existing.ContentTypeAlias = item.ContentTypeAlias;
            await repository.UpdateAsync([existing], cancellationToken: cancellationToken);
            changed = true;
        }

        var change = changed ? USyncChange.Updated : USyncChange.Unchanged;
        if (item.Published && !item.Trashed)
        {
            if (changed || existing.PublishedVersionId != existing.DraftVersionId)
            {
                return await PublishAsync(item, USyncChange.Updated, cancellationToken);
            }
        }
        else if (existing.IsPublished || item.Trashed && existing.PublishedVersionId is not null)
        {
            await content.UnpublishAsync(item.Key, ImportUser, cancellationToken);
            change = USyncChange.Updated;
        }

        return Result(item, change);
    }

    /// <summary>What a dry run has decided so far: items it would create, and nodes whose published state it would change.</summary>
    private sealed class DryRun
    {
        public HashSet<Guid> Created { get; } = [];

        public Dictionary<Guid, bool> Published { get; } = [];

        public HashSet<string> DocumentTypes { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <see cref="ImportContentAsync"/> without the writes: the same checks in the same order, against what is
    /// stored and what the items before this one would have done.
    /// </summary>
    private async Task<USyncItemResult> PlanContentAsync(USyncNode item, DryRun plan, CancellationToken cancellationToken)
    {
        var existing = await repository.GetNodeAsync(item.Key, cancellationToken);
        if (item.ParentKey is { } parentKey && await repository.GetNodeAsync(parentKey, cancellationToken) is null && !plan.Created.Contains(parentKey))
        {
            return Result(item, USyncChange.Failed, $"its parent {parentKey} is neither in the folder nor in the portal");
        }

        if (existing is null)
        {
            var types = await repository.GetContentTypesAsync(cancellationToken);
            if (!plan.DocumentTypes.Contains(item.ContentTypeAlias)
                && !types.Any(t => t.Kind == ContentTypeKind.Document && string.Equals(t.Alias, item.ContentTypeAlias, StringComparison.OrdinalIgnoreCase)))
            {
                return Result(item, USyncChange.Failed, $"There is no document type '{item.ContentTypeAlias}'.");
            }

            plan.Created.Add(item.Key);
            return item.Published && !item.Trashed
                ? await PlanPublishAsync(item, USyncChange.Created, plan, cancellationToken)
                : Result(item, USyncChange.Created);
        }

        var changed = false;
        if (existing.ParentKey != item.ParentKey)
        {
            if (item.ParentKey is { } newParent
                && (newParent == item.Key || (await repository.GetDescendantsAsync(item.Key, cancellationToken)).Any(d => d.Key == newParent)))
            {
                return Result(item, USyncChange.Failed, "A page cannot be moved below itself.");
            }

            changed = true;
        }

        var draft = await repository.GetVersionAsync(existing.DraftVersionId, cancellationToken);
        changed |= draft is null || draft.Name != item.Name || !SameProperties(draft.Properties, item.Properties);
        changed |= existing.SortOrder != item.SortOrder || existing.TemplateAlias != item.TemplateAlias || existing.Trashed != item.Trashed
            || !string.Equals(existing.ContentTypeAlias, item.ContentTypeAlias, StringComparison.Ordinal);

        if (item.Published && !item.Trashed)
        {
            if (changed || existing.PublishedVersionId != existing.DraftVersionId)
            {
                return await PlanPublishAsync(item, USyncChange.Updated, plan, cancellationToken);
            }
        }
        else if (existing.PublishedVersionId is not null)
        {
            plan.Published[item.Key] = false;
            return Result(item, USyncChange.Updated);
        }

        return Result(item, changed ? USyncChange.Updated : USyncChange.Unchanged);
    }

    /// <summary>A publish fails when the parent is not published (or would not be, by then).</summary>
    private async Task<USyncItemResult> PlanPublishAsync(USyncNode item, USyncChange change, DryRun plan, CancellationToken cancellationToken)
    {
        var parentPublished = item.ParentKey is not { } parentKey
            || (plan.Published.TryGetValue(parentKey, out var planned)
                ? planned
                : (await repository.GetNodeAsync(parentKey, cancellationToken))?.IsPublished == true);
        if (!parentPublished)
        {
            return Result(item, USyncChange.Failed, "saved but not published: Publish the parent page first.");
        }

        plan.Published[item.Key] = true;
        return Result(item, change);
    }

    private async Task<USyncItemResult> PublishAsync(USyncNode item, USyncChange change, CancellationToken cancellationToken)
    {
        var published = await content.PublishAsync(item.Key, ImportUser, validate: false, cancellationToken);
        if (!published.Succeeded)
        {
            return Result(item, USyncChange.Failed, $"saved but not published: {published.Message ?? published.Status.ToString()}");
        }

        // "Last updated" is the page's own date, not the moment it was imported: the file's UpdateDate, or for a
        // page new to this portal its CreateDate. A later import of a changed file without one is a change now.
        var date = item.UpdateDate ?? (change == USyncChange.Created && item.CreateDate != DateTime.UnixEpoch ? item.CreateDate : (DateTime?)null);
        if (date is { } when && when < clock.GetUtcNow().UtcDateTime)
        {
            await DatePublishAsync(item.Key, when, cancellationToken);
        }

        return Result(item, change);
    }

    private async Task DatePublishAsync(Guid key, DateTime date, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        var version = node?.PublishedVersionId is { } id ? await repository.GetVersionAsync(id, cancellationToken) : null;
        if (node is null || version is null)
        {
            return;
        }

        version.PublishedDate = date;
        node.PublishDate = date;
        node.UpdateDate = date;
        await repository.UpdateAsync([node], [version], cancellationToken);
        // The publish put today's date in this node's cache entry (and told the other nodes): both again, with the page's own.
        await cacheLoader.RefreshSubtreeAsync(key, cancellationToken);
        await cluster.RecordAsync(Cluster.CacheInstructionKind.Content, key, cancellationToken);
    }

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
        string? sourceFile = null;
        if (storagePath is not null)
        {
            // uSync keeps media files beside the items: <version folder>/Files/media/…, or <uSync root>/Files/media/….
            sourceFile = new[] { Path.Combine(versionFolder, "Files", "media", storagePath), Path.Combine(usyncRoot, "Files", "media", storagePath) }
                .FirstOrDefault(File.Exists);
        }

        var existing = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == item.Key, cancellationToken);
        var isNew = existing is null;
        existing ??= new MediaItem { Key = item.Key, CreateDate = item.CreateDate };
        var before = isNew ? null : JsonSerializer.Serialize(new { existing.Name, existing.ParentKey, existing.SortOrder, existing.MediaTypeAlias, existing.Trashed, existing.Properties, existing.Url, existing.Bytes }, Json);

        existing.Name = item.Name;
        existing.ParentKey = item.ParentKey;
        existing.Level = (parent?.Level ?? 0) + 1;
        existing.SortOrder = item.SortOrder;
        existing.MediaTypeAlias = item.ContentTypeAlias;
        existing.Trashed = item.Trashed;
        existing.Properties = new Dictionary<string, string?>(item.Properties, StringComparer.OrdinalIgnoreCase);
        existing.Url = url;
        existing.Extension = item.Properties.GetValueOrDefault("umbracoExtension") is { Length: > 0 } ext
            ? ext.Trim().TrimStart('.').ToLowerInvariant()
            : Path.GetExtension(url)?.TrimStart('.').ToLowerInvariant() is { Length: > 0 } fromUrl ? fromUrl : null;
        existing.Bytes = long.TryParse(item.Properties.GetValueOrDefault("umbracoBytes"), out var declared) ? declared : existing.Bytes;

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

        var after = JsonSerializer.Serialize(new { existing.Name, existing.ParentKey, existing.SortOrder, existing.MediaTypeAlias, existing.Trashed, existing.Properties, existing.Url, existing.Bytes }, Json);
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
            default:
                return Result(item, USyncChange.Ignored, $"deletes in {item.Folder} do not apply to the portal");
        }
    }

    private static async Task<USyncItemResult> DeleteAsync<T>(IQueryable<T> query, USyncEmpty item, DryRun? plan, CancellationToken cancellationToken)
        where T : class
    {
        var deleted = plan is null ? await query.ExecuteDeleteAsync(cancellationToken) : await query.CountAsync(cancellationToken);
        return Result(item, deleted > 0 ? USyncChange.Deleted : USyncChange.Unchanged, deleted > 0 ? null : "already absent");
    }

    private static bool SameJson(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        try
        {
            using var left = JsonDocument.Parse(a);
            using var right = JsonDocument.Parse(b);
            return JsonElement.DeepEquals(left.RootElement, right.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static bool SameProperties(IReadOnlyDictionary<string, string?> stored, IReadOnlyDictionary<string, string?> incoming)
    {
        static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string?> values) =>
            values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!, StringComparer.OrdinalIgnoreCase);

        var left = Clean(stored);
        var right = Clean(incoming);
        return left.Count == right.Count && left.All(kv => right.TryGetValue(kv.Key, out var value) && value == kv.Value);
    }
}
