using System.Collections.Concurrent;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// What this node last gave its public index for each page (who may read it) and each media item (name, file, place,
/// readers), written by the populators as a rebuild reads them and by <see cref="SearchSourceSync"/> as it indexes, so
/// an access or library change re-indexes only what it changed. Kept apart from the sync so the populators (which the
/// engine holds) do not depend on the sync (which holds the engine).
/// </summary>
public sealed class SearchIndexedState
{
    public ConcurrentDictionary<Guid, string> PageAccess { get; } = new();

    public ConcurrentDictionary<Guid, string> Media { get; } = new();

    public void Indexed(SearchDocument page, Guid key) => PageAccess[key] = Signature(page.AllowedGroups);

    public void Indexed(MediaLibrary.Item item) => Media[item.Media.Key] = Signature(item);

    public static string Signature(IReadOnlySet<string>? groups) =>
        groups is null ? "public" : string.Join('|', groups.Order(StringComparer.Ordinal));

    public static string Signature(MediaLibrary.Item item) =>
        string.Join('|', item.Media.Name, item.Media.Url, item.Media.UpdateDate.Ticks, item.Media.Bytes, item.Media.Trashed, item.Media.ParentKey, Signature(item.AllowedGroups));
}
