using Microsoft.Extensions.Primitives;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The media half of the Delivery API: query (children of a folder), item by path, item by id, items by ids. The group
/// they are mapped in is behind <see cref="DeliveryGate"/>, which hands each handler its <see cref="DeliveryRequest"/>.
/// </summary>
public static class MediaEndpoints
{
    private static readonly HashSet<string> Sorts = new(["createDate", "name", "sortOrder", "updateDate"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps the endpoints in <paramref name="media"/>, the group at <c>.../media</c>.</summary>
    public static RouteGroupBuilder MapMediaEndpoints(this RouteGroupBuilder media, string version)
    {
        media.MapGet("", QueryAsync).WithName("GetMedia" + version).CacheOutput(DeliveryOutputCache.MediaPolicy);
        media.MapGet("item/{id:guid}", ByIdAsync).WithName("GetMediaItemById" + version).CacheOutput(DeliveryOutputCache.MediaPolicy);
        media.MapGet("item/{**path}", ByPathAsync).WithName("GetMediaItemByPath" + version).CacheOutput(DeliveryOutputCache.MediaPolicy);
        media.MapGet("items", ByIdsAsync).WithName("GetMediaItems" + version).CacheOutput(DeliveryOutputCache.MediaPolicy);
        return media;
    }

    private static async Task<IResult> ByIdAsync(HttpContext http, Guid id, DeliveryRequest request)
    {
        var (context, level) = (request.Context, request.Level);
        var item = await context.Media.GetAsync(id, http.RequestAborted);
        return await ItemAsync(http, context, item, level);
    }

    private static async Task<IResult> ByPathAsync(HttpContext http, string? path, DeliveryRequest request)
    {
        var (context, level) = (request.Context, request.Level);
        return await ItemAsync(http, context, await ResolveAsync(context, path ?? ""), level);
    }

    private static async Task<IResult> ItemAsync(HttpContext http, DeliveryContext context, MediaItem? item, OutputLevel level)
    {
        if (item is null || !context.CanSeeMedia(item.Key))
        {
            return DeliveryRequests.NotFound("No media item was found.");
        }

        var path = await PathAsync(context, item);
        return await DeliveryRequests.JsonAsync(http, w => new DeliveryJsonWriter(w, context).WriteMediaResponseAsync(item, path, level));
    }

    private static async Task<IResult> ByIdsAsync(HttpContext http, DeliveryRequest request)
    {
        var (context, level) = (request.Context, request.Level);
        var keys = new List<Guid>();
        foreach (var id in http.Request.Query["id"])
        {
            if (!Guid.TryParse(id, out var key))
            {
                return DeliveryRequests.BadRequest("Invalid id", $"'{id}' is not a GUID.");
            }

            keys.Add(key);
        }

        var found = await context.MediaAsync(keys);
        var items = new List<(MediaItem Item, string Path)>();
        foreach (var key in keys.Distinct())
        {
            if (found.TryGetValue(key, out var item))
            {
                items.Add((item, await PathAsync(context, item)));
            }
        }

        return await DeliveryRequests.JsonAsync(http, async w =>
        {
            var writer = new DeliveryJsonWriter(w, context);
            w.WriteStartArray();
            foreach (var (item, path) in items)
            {
                await writer.WriteMediaResponseAsync(item, path, level);
            }

            w.WriteEndArray();
        });
    }

    private static async Task<IResult> QueryAsync(HttpContext http, DeliveryRequest request)
    {
        var (context, level) = (request.Context, request.Level);
        var query = http.Request.Query;
        var fetch = query["fetch"].ToString();
        if (!fetch.StartsWith("children:", StringComparison.OrdinalIgnoreCase) || fetch.Length == "children:".Length)
        {
            return DeliveryRequests.BadRequest("Selector option not found", "Media queries need fetch=children:{id or path}.");
        }

        var target = fetch["children:".Length..].Trim();
        Guid? parentKey = null;
        if (Guid.TryParse(target, out var key))
        {
            parentKey = key;
        }
        else if (target.Trim('/').Length > 0)
        {
            parentKey = (await ResolveAsync(context, target))?.Key ?? Guid.Empty;
        }

        var items = (parentKey == Guid.Empty ? [] : await context.Media.GetChildrenAsync(parentKey, http.RequestAborted))
            .Where(m => context.CanSeeMedia(m.Key));
        var (filtered, badFilter) = FilterMedia(items, query["filter"]);
        if (badFilter is not null)
        {
            return badFilter;
        }

        var (sorted, badSort) = SortMedia(filtered, query["sort"]);
        if (badSort is not null)
        {
            return badSort;
        }

        var paging = VirtualSchool.Portal.Core.Querying.ContentQuery.Parse(null, [], [], query["skip"].ToString(), query["take"].ToString(), _ => false);
        if (paging.Status != VirtualSchool.Portal.Core.Querying.ContentQueryStatus.Success)
        {
            return DeliveryRequests.BadRequest("Invalid paging", paging.Detail);
        }

        var all = sorted.ToList();
        var page = all.Skip(paging.Skip).Take(paging.Take).ToList();
        var paths = new List<string>();
        foreach (var item in page)
        {
            paths.Add(await PathAsync(context, item));
        }

        return await DeliveryRequests.JsonAsync(http, async w =>
        {
            var writer = new DeliveryJsonWriter(w, context);
            w.WriteStartObject();
            w.WriteNumber("total", all.Count);
            w.WriteStartArray("items");
            for (var i = 0; i < page.Count; i++)
            {
                await writer.WriteMediaResponseAsync(page[i], paths[i], level);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Narrows the children by each <c>filter=field:value</c> (<c>!</c> negates), lazily, so nothing is filtered
    /// until the page is taken. The error is the answer for the first filter it cannot apply.
    /// </summary>
    private static (IEnumerable<MediaItem> Items, IResult? Error) FilterMedia(IEnumerable<MediaItem> items, StringValues filters)
    {
        foreach (var filter in filters.OfType<string>().Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var colon = filter.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? filter : filter[..colon];
            var value = colon < 0 ? "" : filter[(colon + 1)..].Trim();
            var negate = value.StartsWith('!');
            value = negate ? value[1..] : value;
            if (value.Length == 0)
            {
                return (items, DeliveryRequests.BadRequest("Filter option not found", $"The filter '{filter}' has no value."));
            }

            if (field.Equals("mediaType", StringComparison.OrdinalIgnoreCase))
            {
                var types = value.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
                items = items.Where(m => types.Contains(m.MediaTypeAlias) != negate);
            }
            else if (field.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                items = items.Where(m => m.Name.Contains(value, StringComparison.OrdinalIgnoreCase) != negate);
            }
            else
            {
                return (items, DeliveryRequests.BadRequest("Filter option not found", $"Media can be filtered by mediaType and name, not by '{field}'."));
            }
        }

        return (items, null);
    }

    /// <summary>
    /// Orders the children by each <c>sort=field:asc|desc</c> in turn (the first sort decides, later ones break ties);
    /// unsorted, they keep the store's order. The error is the answer for the first sort it does not know.
    /// </summary>
    private static (IEnumerable<MediaItem> Items, IResult? Error) SortMedia(IEnumerable<MediaItem> items, StringValues sorts)
    {
        IOrderedEnumerable<MediaItem>? ordered = null;
        foreach (var sort in sorts.OfType<string>().Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var parts = sort.Split(':', 2);
            if (parts.Length != 2 || !Sorts.Contains(parts[0]) || parts[1].ToLowerInvariant() is not ("asc" or "desc"))
            {
                return (items, DeliveryRequests.BadRequest("Sort option not found", $"The sort '{sort}' is not createDate, name, sortOrder or updateDate followed by :asc or :desc."));
            }

            Func<MediaItem, IComparable> selector = parts[0].ToLowerInvariant() switch
            {
                "createdate" => m => m.CreateDate,
                "updatedate" => m => m.UpdateDate,
                "sortorder" => m => m.SortOrder,
                _ => m => m.Name.ToLowerInvariant(),
            };
            var descending = parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            ordered = ordered is null
                ? descending ? items.OrderByDescending(selector) : items.OrderBy(selector)
                : descending ? ordered.ThenByDescending(selector) : ordered.ThenBy(selector);
        }

        return (ordered ?? items, null);
    }

    /// <summary>Finds a media item by its path of URL segments made from names (<c>/documents/report/</c>).</summary>
    private static async Task<MediaItem?> ResolveAsync(DeliveryContext context, string path)
    {
        MediaItem? current = null;
        foreach (var segment in Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var children = await context.Media.GetChildrenAsync(current?.Key, context.CancellationToken);
            current = children.FirstOrDefault(c => string.Equals(UrlSegments.FromName(c.Name), segment, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static async Task<string> PathAsync(DeliveryContext context, MediaItem item)
    {
        var ancestry = await context.Media.GetAncestryAsync(item.Key, context.CancellationToken);
        return "/" + string.Concat(ancestry.Select(m => UrlSegments.FromName(m.Name) + "/"));
    }
}
