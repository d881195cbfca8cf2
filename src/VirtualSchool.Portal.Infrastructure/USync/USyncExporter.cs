using System.Data;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// Writes the portal's schema and content as a uSync 17 folder (<c>&lt;folder&gt;/v17</c>), the layout
/// <see cref="USyncImporter"/> reads: importing the export into an empty portal gives the same site. The folder
/// is built beside the old one and swapped in only when complete, so a failed export leaves the old one as it
/// was, and items deleted since the last export do not linger.
/// </summary>
public sealed class USyncExporter(
    IDbContextFactory<PortalDbContext> contexts,
    MediaFileStore mediaFiles,
    TimeProvider clock,
    ILogger<USyncExporter> logger,
    IDataEditorCollection? editors = null) : IDisposable
{
    public const string VersionFolderName = "v17";

    // Two exports to one folder at once would swap each other's folders away.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Exports everything not in the recycle bin to <c>&lt;folder&gt;/v17</c>, replacing what was there. When an
    /// item cannot be written (a value holding a character XML cannot carry, say) nothing is written and the
    /// report's failures say which item and why.
    /// </summary>
    public async Task<USyncExportReport> ExportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var root = Path.GetFullPath(folder);
        var target = Path.Combine(root, VersionFolderName);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var snapshot = await LoadAsync(cancellationToken);
            var (files, items) = Build(snapshot, new USyncValues(editors, snapshot.ContentTypes));
            if (items.Any(i => i.Failed))
            {
                var failed = new USyncExportReport(target, items, 0, clock.GetElapsedTime(started));
                foreach (var failure in failed.Failures)
                {
                    logger.LogWarning("uSync export to {Folder} abandoned: {File} ({ItemType}) cannot be written: {Reason}", target, failure.File, failure.ItemType, failure.Note);
                }

                return failed;
            }

            Directory.CreateDirectory(root);
            var id = Guid.NewGuid().ToString("N")[..8];
            var staging = Path.Combine(root, $".{VersionFolderName}-export-{id}");
            try
            {
                var mediaCopied = await WriteAsync(staging, files, snapshot.Media, items, cancellationToken);
                Swap(staging, target, Path.Combine(root, $".{VersionFolderName}-old-{id}"));
                var report = new USyncExportReport(target, items, mediaCopied, clock.GetElapsedTime(started));
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("uSync export to {Folder}: {Summary} in {Elapsed} ms", target, report.ToString(), (long)report.Duration.TotalMilliseconds);
                }

                return report;
            }
            finally
            {
                DeleteQuietly(staging);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless: the importer reads only the version folder.
        }
    }

    private sealed record Snapshot(
        List<DataType> DataTypes,
        List<ContentType> ContentTypes,
        List<ContentNode> Nodes,
        Dictionary<long, ContentVersion> Versions,
        List<MediaItem> Media,
        List<Domain> Domains,
        List<Core.Forms.FormDefinition> Forms,
        List<Core.Forms.FormFolder> FormFolders);

    /// <summary>
    /// Reads everything in one snapshot, so a publish during the export cannot tear it (PostgreSQL's repeatable
    /// read is a snapshot; SQLite promotes it to serializable).
    /// </summary>
    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var dataTypes = await db.DataTypes.AsNoTracking().ToListAsync(cancellationToken);
        var types = await db.ContentTypes.AsNoTracking().ToListAsync(cancellationToken);
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => !n.Trashed).ToListAsync(cancellationToken);
        var versionIds = nodes.Select(n => n.DraftVersionId)
            .Concat(nodes.Where(n => n.PublishedVersionId != null).Select(n => n.PublishedVersionId!.Value))
            .Distinct()
            .ToList();
        var versions = await db.ContentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var media = await db.MediaItems.AsNoTracking().Where(m => !m.Trashed).ToListAsync(cancellationToken);
        var domains = await db.Domains.AsNoTracking().ToListAsync(cancellationToken);
        var forms = await db.Forms.AsNoTracking().ToListAsync(cancellationToken);
        var formFolders = await db.FormFolders.AsNoTracking().ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Snapshot(dataTypes, types, nodes, versions, media, domains, forms, formFolders);
    }

    /// <summary>Every item's file (relative path and bytes) and its line in the report.</summary>
    private static (List<(string Path, byte[] Bytes)> Files, List<USyncExportItem> Items) Build(Snapshot snapshot, USyncValues values)
    {
        var output = new ExportOutput();
        AddSchema(snapshot, output);
        AddMedia(snapshot, output);
        AddForms(snapshot, output);
        var contentTree = AddContent(snapshot, values, output);
        AddDomains(snapshot, contentTree, output);
        return (output.Files, output.Items);
    }

    /// <summary>Data types, then document, media and member types.</summary>
    private static void AddSchema(Snapshot snapshot, ExportOutput output)
    {
        var dataTypeNames = new USyncFileNames();
        foreach (var dataType in snapshot.DataTypes.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Key))
        {
            output.Add("DataTypes", dataTypeNames, USyncFileNames.ForDataType(dataType.Name), "DataType", dataType.Key, dataType.Name, () => USyncWriter.DataType(dataType));
        }

        var typeKeys = snapshot.ContentTypes
            .GroupBy(t => (t.Kind, t.Alias))
            .ToDictionary(g => g.Key, g => g.First().Key);
        foreach (var (kind, folder, itemType) in new[]
        {
            (ContentTypeKind.Document, "ContentTypes", "ContentType"),
            (ContentTypeKind.Media, "MediaTypes", "MediaType"),
            (ContentTypeKind.Member, "MemberTypes", "MemberType"),
        })
        {
            var names = new USyncFileNames();
            foreach (var type in snapshot.ContentTypes.Where(t => t.Kind == kind).OrderBy(t => t.Alias, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Key))
            {
                output.Add(folder, names, USyncFileNames.ForAlias(type.Alias), itemType, type.Key, type.Alias, () => USyncWriter.ContentType(type, typeKeys));
            }
        }
    }

    /// <summary>
    /// Forms as uSync.Forms writes them, one file per form in <c>Forms/</c>, with their folders beside them (the root
    /// element tells them apart; folders claim their names first).
    /// </summary>
    private static void AddForms(Snapshot snapshot, ExportOutput output)
    {
        var folders = snapshot.FormFolders.ToDictionary(f => f.Key);
        var formNames = new USyncFileNames();
        foreach (var folder in snapshot.FormFolders.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Key))
        {
            output.Add("Forms", formNames, USyncFileNames.ForName(folder.Name), "FormFolder", folder.Key, folder.Name, () => USyncFormFiles.Folder(folder, folders));
        }

        foreach (var form in snapshot.Forms.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Key))
        {
            output.Add("Forms", formNames, USyncFileNames.ForName(form.Name), "Form", form.Key, form.Name, () => USyncFormFiles.Form(form, folders));
        }
    }

    private static void AddMedia(Snapshot snapshot, ExportOutput output)
    {
        var mediaTree = new USyncTree<MediaItem>(snapshot.Media, m => m.Key, m => m.ParentKey, m => m.Name);
        var mediaNames = new USyncFileNames();
        foreach (var media in mediaTree.Live.OrderBy(m => m.Level).ThenBy(m => m.SortOrder).ThenBy(m => m.Key))
        {
            var properties = MediaProperties(media);
            output.Add("Media", mediaNames, USyncFileNames.ForName(media.Name), "Media", media.Key, media.Name, () => USyncWriter.Media(media, properties, mediaTree.Place(media)));
        }
    }

    /// <summary>Content nodes as their drafts stand; returns the tree, which the domains are bound to.</summary>
    private static USyncTree<ContentNode> AddContent(Snapshot snapshot, USyncValues values, ExportOutput output)
    {
        var drafts = snapshot.Nodes.ToDictionary(n => n.Key, n => snapshot.Versions.GetValueOrDefault(n.DraftVersionId));
        var contentTree = new USyncTree<ContentNode>(snapshot.Nodes, n => n.Key, n => n.ParentKey, n => drafts[n.Key]?.Name ?? n.Name);
        var contentNames = new USyncFileNames();
        foreach (var node in contentTree.Live.OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ThenBy(n => n.Key))
        {
            var published = node.PublishedVersionId is { } publishedId ? snapshot.Versions.GetValueOrDefault(publishedId) : null;
            var draft = drafts[node.Key] ?? published;
            if (draft is null)
            {
                output.Items.Add(new USyncExportItem($"Content/{contentNames.Claim(USyncFileNames.ForName(node.Name), node.Key)}", "Content", node.Key, node.Name, $"its draft version {node.DraftVersionId} is missing", Failed: true));
                continue;
            }

            output.Add("Content", contentNames, USyncFileNames.ForName(draft.Name), "Content", node.Key, draft.Name,
                () => USyncWriter.Content(node, draft, values.ToUSync(node.ContentTypeAlias, draft.Properties), node.IsPublished, contentTree.Place(node)),
                ContentNote(node, draft, published, contentTree));
        }

        return contentTree;
    }

    private static void AddDomains(Snapshot snapshot, USyncTree<ContentNode> contentTree, ExportOutput output)
    {
        var domainNames = new USyncFileNames();
        foreach (var domain in snapshot.Domains.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Key))
        {
            // A domain bound to a node in the recycle bin has nothing to bind to on import.
            if (contentTree.Get(domain.RootKey) is { } rootNode && contentTree.IsLive(rootNode))
            {
                output.Add("Domains", domainNames, USyncFileNames.ForDomain(domain.Name, domain.Language), "Domain", domain.Key, domain.Name,
                    () => USyncWriter.Domain(domain, contentTree.NamePath(rootNode)));
            }
        }
    }

    /// <summary>The files an export writes and its report's lines, item by item.</summary>
    private sealed class ExportOutput
    {
        public List<(string Path, byte[] Bytes)> Files { get; } = [];

        public List<USyncExportItem> Items { get; } = [];

        /// <summary>Writes one item's file; an item that cannot be written is a failed line in the report, not a failed export.</summary>
        public void Add(string folder, USyncFileNames names, string baseName, string itemType, Guid key, string name, Func<XElement> build, string? note = null)
        {
            var path = $"{folder}/{names.Claim(baseName, key)}";
            try
            {
                Files.Add((path, USyncWriter.Serialize(build())));
                Items.Add(new USyncExportItem(path, itemType, key, name, note));
            }
            catch (USyncExportException ex)
            {
                Items.Add(new USyncExportItem(path, itemType, key, name, ex.Message, Failed: true));
            }
        }
    }

    private static string? ContentNote(ContentNode node, ContentVersion draft, ContentVersion? published, USyncTree<ContentNode> tree)
    {
        if (published is not null && published.Id != draft.Id
            && (published.Name != draft.Name || !USyncImporter.SameProperties(published.Properties, draft.Properties)))
        {
            return "the draft differs from the published version: the export carries the draft, which an import will publish";
        }

        if (node.IsPublished && node.ParentKey is { } parentKey && tree.Get(parentKey) is { IsPublished: false })
        {
            return "published, but its parent is not: an import will save it without publishing it";
        }

        return null;
    }

    /// <summary>A media item's values, with its file's URL as <c>umbracoFile</c> when it has a file but no such value.</summary>
    private static Dictionary<string, string?> MediaProperties(MediaItem media)
    {
        var properties = new Dictionary<string, string?>(media.Properties, StringComparer.OrdinalIgnoreCase);
        if (media.Url is { Length: > 0 } url && string.IsNullOrWhiteSpace(properties.GetValueOrDefault("umbracoFile")))
        {
            properties["umbracoFile"] = System.Text.Json.JsonSerializer.Serialize(new { src = url });
        }

        return properties;
    }

    /// <summary>Writes the folder to <paramref name="staging"/>; returns how many media files were copied.</summary>
    private async Task<int> WriteAsync(
        string staging, List<(string Path, byte[] Bytes)> files, List<MediaItem> media, List<USyncExportItem> items, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(staging);
        await File.WriteAllBytesAsync(Path.Combine(staging, "usync.config"), USyncWriter.Serialize(USyncWriter.Config()), cancellationToken);
        foreach (var folder in new[] { "DataTypes", "ContentTypes", "MediaTypes", "MemberTypes", "Media", "Content", "Domains", "Forms" })
        {
            Directory.CreateDirectory(Path.Combine(staging, folder));
        }

        foreach (var (path, bytes) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(staging, path), bytes, cancellationToken);
        }

        // Media files go where the importer looks for them: Files/media/ and the path in the file's URL.
        var filesRoot = Path.Combine(staging, "Files", "media");
        var mediaByKey = media.ToDictionary(m => m.Key);
        var copied = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ItemType != "Media" || mediaByKey[items[i].Key] is not { Url: { Length: > 0 } url } item)
            {
                continue;
            }

            var relative = MediaFileStore.StoragePathFromUrl(url);
            var source = (item.StoragePath ?? relative) is { } stored ? mediaFiles.FullPath(stored) : null;
            var destination = relative is null ? null : Path.GetFullPath(Path.Combine(filesRoot, relative));
            if (destination is null || !destination.StartsWith(filesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                items[i] = items[i] with { Note = $"its URL {url} is not a media path: exported without its file" };
                continue;
            }

            if (source is null || !File.Exists(source))
            {
                items[i] = items[i] with { Note = $"its file {url} is not in the media store: exported without it" };
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await using (var from = File.OpenRead(source))
            await using (var to = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await from.CopyToAsync(to, cancellationToken);
            }

            copied++;
        }

        return copied;
    }

    /// <summary>Puts the finished folder in place of the old one, putting the old one back if that fails.</summary>
    private static void Swap(string staging, string target, string retired)
    {
        var hadOld = Directory.Exists(target);
        if (hadOld)
        {
            Directory.Move(target, retired);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (hadOld)
            {
                Directory.Move(retired, target);
            }

            throw;
        }

        DeleteQuietly(retired);
    }
}
