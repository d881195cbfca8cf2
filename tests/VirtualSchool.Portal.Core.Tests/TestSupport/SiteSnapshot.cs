using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>
/// Everything a portal holds that a uSync round trip must keep, one line per item in key order, so two portals
/// compare with <c>Assert.Equal</c> and a difference shows the item. Ids, update dates and version numbers are
/// left out: they belong to the database, not to the site.
/// </summary>
public sealed record SiteSnapshot(
    IReadOnlyList<string> DataTypes,
    IReadOnlyList<string> ContentTypes,
    IReadOnlyList<string> Content,
    IReadOnlyList<string> Media,
    IReadOnlyList<string> MediaFiles,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Routes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SiteSnapshot> TakeAsync(TestPortal portal)
    {
        await using var db = await portal.OpenDatabaseAsync();
        var dataTypes = await db.DataTypes.AsNoTracking().OrderBy(d => d.Key).ToListAsync();
        var types = await db.ContentTypes.AsNoTracking().OrderBy(t => t.Key).ToListAsync();
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => !n.Trashed).OrderBy(n => n.Key).ToListAsync();
        var versions = await db.ContentVersions.AsNoTracking().ToDictionaryAsync(v => v.Id);
        var media = await db.MediaItems.AsNoTracking().Where(m => !m.Trashed).OrderBy(m => m.Key).ToListAsync();
        var domains = await db.Domains.AsNoTracking().OrderBy(d => d.Key).ToListAsync();
        var store = portal.Get<MediaFileStore>();
        var cache = portal.Get<IPublishedContentCache>();

        return new SiteSnapshot(
            dataTypes.Select(d => Line(new { d.Key, d.Name, d.EditorAlias, d.EditorUiAlias, d.DatabaseType, d.Folder, d.Configuration })).ToList(),
            types.Select(t => Line(new
            {
                t.Key, t.Kind, t.Alias, t.Name, t.Icon, t.Description, t.AllowAtRoot, t.IsElement, t.Folder,
                t.AllowedChildren, t.Compositions, t.Groups, t.Properties,
            })).ToList(),
            nodes.Select(n => Line(new
            {
                n.Key, n.Name, n.ParentKey, n.Level, n.SortOrder, n.ContentTypeAlias, n.TemplateAlias, n.UrlSegment, n.IsPublished, n.CreateDate,
                Draft = Version(versions.GetValueOrDefault(n.DraftVersionId)),
                Published = n.PublishedVersionId is { } id ? Version(versions.GetValueOrDefault(id)) : null,
            })).ToList(),
            media.Select(m => Line(new
            {
                m.Key, m.Name, m.ParentKey, m.Level, m.SortOrder, m.MediaTypeAlias, m.CreateDate, m.Url, m.StoragePath, m.Bytes, m.Extension,
                Properties = m.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            })).ToList(),
            media.Where(m => m.StoragePath is not null).Select(m => $"{m.StoragePath} {Hash(store.FullPath(m.StoragePath!))}").ToList(),
            domains.Select(d => Line(d)).ToList(),
            cache.GetAll().OrderBy(c => c.Route, StringComparer.Ordinal)
                .Select(c => $"{c.Route} {Line(new { c.Key, c.Name, c.ContentTypeAlias, c.SortOrder, Properties = NonEmpty(c.Properties) })}")
                .ToList());
    }

    /// <summary>Values as the importer compares them: an empty value and a missing one are the same.</summary>
    public static List<KeyValuePair<string, string?>> NonEmpty(IReadOnlyDictionary<string, string?> values) =>
        values.Where(v => !string.IsNullOrEmpty(v.Value)).OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase).ToList();

    private static object? Version(Core.Content.ContentVersion? version) =>
        version is null ? null : new { version.Name, Properties = NonEmpty(version.Properties) };

    private static string Line(object value) => JsonSerializer.Serialize(value, Json);

    private static string Hash(string? path) =>
        path is not null && File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "missing";
}
