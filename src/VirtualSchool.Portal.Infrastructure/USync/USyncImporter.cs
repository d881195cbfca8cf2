using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// Imports a uSync folder into the portal, idempotently by each item's <c>Key</c>: an item that matches what
/// is stored is left alone, a changed file updates its item, and a file that cannot be imported is reported
/// with its reason without stopping the others.
/// </summary>
public sealed partial class USyncImporter(
    IDbContextFactory<PortalDbContext> contexts,
    ContentService content,
    IContentRepository repository,
    MediaFileStore mediaFiles,
    PublishedContentLoader cacheLoader,
    Cluster.CacheInstructions cluster,
    MediaChanges mediaChanges,
    TimeProvider clock,
    ILogger<USyncImporter> logger,
    IDataEditorCollection? editors = null,
    FormStore? formStore = null,
    FormFolders? formFolders = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string ImportUser = "uSync";

    /// <summary>How this run converts values between the files and storage; read once the document types are imported (they come first).</summary>
    private async Task<USyncValues> ValuesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new USyncValues(editors, await db.ContentTypes.AsNoTracking().ToListAsync(cancellationToken));
    }

    /// <summary>A content node with its values as the portal stores them, each converted by its property's editor.</summary>
    private static USyncNode StoredForm(USyncNode node, USyncValues values) =>
        node with { Properties = values.FromUSync(node.ContentTypeAlias, node.Properties) };

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
        USyncValues? values = null;

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
                    USyncNode node => plan is null
                        ? await ImportContentAsync(StoredForm(node, values ??= await ValuesAsync(cancellationToken)), cancellationToken)
                        : await PlanContentAsync(StoredForm(node, values ??= await ValuesAsync(cancellationToken)), plan, cancellationToken),
                    USyncDomain domain => await ImportDomainAsync(domain, plan, cancellationToken),
                    USyncFormFolder formFolder => await ImportFormFolderAsync(formFolder, plan, cancellationToken),
                    USyncForm form => await ImportFormAsync(form, plan, cancellationToken),
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
        // A form's folder before the forms in it, which share the Forms/ folder with it.
        USyncFormFolder => USyncReader.ItemFolders["Forms"] * 10 - 1,
        USyncEmpty empty => USyncReader.ItemFolders.GetValueOrDefault(empty.Folder, 9) * 10 + 1,
        _ => USyncReader.ItemFolders.GetValueOrDefault(FolderOf(item), 9) * 10,
    };

    private static string FolderOf(USyncItem item) =>
        item.File.Split('/', '\\') is { Length: > 1 } parts ? parts[0] : "";

    private static USyncItemResult Result(USyncItem item, USyncChange change, string? reason = null) =>
        new(item.File, item.ItemType, item.Key, item.Alias, change, reason);

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
