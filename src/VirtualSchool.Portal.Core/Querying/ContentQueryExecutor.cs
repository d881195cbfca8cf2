using System.Globalization;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Querying;

/// <summary>A page of query results and how many matched in all.</summary>
public sealed record ContentQueryResult(ContentQueryStatus Status, int Total, IReadOnlyList<PublishedContent> Items, string? Detail = null);

/// <summary>
/// Runs a parsed <see cref="ContentQuery"/> over the published-content cache (for <c>fetch</c>, which follows the
/// tree) and the <see cref="PublishedContentIndex"/> (for filters and sorts, typed by each property's editor).
/// </summary>
public sealed class ContentQueryExecutor(IPublishedContentCache cache, PublishedContentIndex index)
{
    /// <param name="query">The parsed query.</param>
    /// <param name="startItem">The Start-Item root the query is limited to, if any.</param>
    /// <param name="resolvePath">Finds a node by a fetch target that is a path (relative to the start item).</param>
    /// <param name="visible">Whether the caller may see a node (public access, disallowed types); others are never counted.</param>
    public ContentQueryResult Execute(ContentQuery query, PublishedContent? startItem, Func<string, PublishedContent?> resolvePath, Func<PublishedContent, bool> visible)
    {
        if (query.Status != ContentQueryStatus.Success)
        {
            return new ContentQueryResult(query.Status, 0, [], query.Detail);
        }

        var filters = new List<Func<IndexEntry, bool>>();
        foreach (var filter in query.Filters)
        {
            var predicate = Compile(filter, out var problem);
            if (predicate is null)
            {
                return new ContentQueryResult(ContentQueryStatus.FilterOptionNotFound, 0, [], problem);
            }

            filters.Add(predicate);
        }

        var visibleFilters = filters.ToArray();
        var matches = new List<IndexEntry>();
        foreach (var entry in Candidates(query, startItem, resolvePath))
        {
            if (entry.Content.Route is null || !Matches(entry, visibleFilters) || !visible(entry.Content))
            {
                continue;
            }

            matches.Add(entry);
        }

        var comparison = Comparer(query.Sorts);
        var wanted = Math.Min((long)query.Skip + query.Take, matches.Count);
        var top = Top(matches, (int)wanted, comparison);
        var page = new List<PublishedContent>(Math.Max(top.Length - query.Skip, 0));
        for (var i = query.Skip; i < top.Length; i++)
        {
            page.Add(top[i].Content);
        }

        return new ContentQueryResult(ContentQueryStatus.Success, matches.Count, page);
    }

    /// <summary>
    /// The first <paramref name="count"/> matches in order: a bounded heap when that is a small part of them (a page
    /// of a large result costs n·log(skip+take) comparisons, not a full sort), else a full sort.
    /// </summary>
    private static IndexEntry[] Top(List<IndexEntry> matches, int count, Comparison<IndexEntry> comparison)
    {
        if (count <= 0)
        {
            return [];
        }

        if (count * 4 >= matches.Count)
        {
            var all = matches.ToArray();
            Array.Sort(all, comparison);
            return all.Length > count ? all[..count] : all;
        }

        // A max-heap of the best so far: its root is the worst of them, replaced by anything better.
        var heap = new PriorityQueue<IndexEntry, IndexEntry>(count + 1, Comparer<IndexEntry>.Create((a, b) => comparison(b, a)));
        foreach (var match in matches)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(match, match);
            }
            else if (comparison(match, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(match, match);
            }
        }

        var top = new IndexEntry[heap.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return top;
    }

    private static bool Matches(IndexEntry entry, Func<IndexEntry, bool>[] filters)
    {
        foreach (var filter in filters)
        {
            if (!filter(entry))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<IndexEntry> Candidates(ContentQuery query, PublishedContent? startItem, Func<string, PublishedContent?> resolvePath)
    {
        IEnumerable<Guid> keys;
        if (query.Fetch.Axis != FetchAxis.All)
        {
            var target = query.Fetch.Target;
            var node = Guid.TryParse(target, out var key) ? cache.GetByKey(key) : resolvePath(target ?? "/");
            if (node is null)
            {
                return [];
            }

            keys = query.Fetch.Axis switch
            {
                FetchAxis.Ancestors => cache.GetAncestors(node.Key).Select(a => a.Key),
                FetchAxis.Children => cache.GetChildren(node.Key).Select(c => c.Key),
                _ => Descendants(node.Key),
            };
        }
        else if (startItem is not null)
        {
            // As Umbraco's ApiContentQueryService: a query with a Start-Item and no fetch is the start item's
            // descendants (its "descendants" selector), not the start item itself.
            keys = Descendants(startItem.Key);
        }
        else
        {
            // A selective equality filter on a property starts from its posting list; otherwise one pass over the
            // index's array is cheaper than any lookup (10,000 entries in well under a millisecond). Only kinds whose
            // values are posted (text, numbers, booleans) can start there: dates are compared as instants, not
            // posted as terms, so an empty posting list for a date would wrongly mean "no match".
            var all = index.All;
            foreach (var filter in query.Filters.Where(f => f is { Negate: false, Operator: FilterOperator.Equals } && !ContentQuery.BuiltInFilters.Contains(f.Field) && IsPosted(f.Field)))
            {
                var posted = filter.Values.SelectMany(v => index.WithValue(filter.Field, Normalise(filter.Field, v))).Distinct().ToList();
                if (posted.Count < all.Length / 4)
                {
                    keys = posted;
                    return Entries(keys);
                }
            }

            return all;
        }

        return Entries(keys);
    }

    /// <summary>Whether the index posts this property's values as terms (see <see cref="IndexedValue.Terms"/>); dates have none.</summary>
    private bool IsPosted(string alias) => index.KindOfAlias(alias) is IndexedKind.Text or IndexedKind.Number or IndexedKind.Boolean;

    private IEnumerable<IndexEntry> Entries(IEnumerable<Guid> keys)
    {
        foreach (var key in keys)
        {
            if (index.Get(key) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private IEnumerable<Guid> Descendants(Guid key)
    {
        var stack = new Stack<Guid>();
        stack.Push(key);
        while (stack.Count > 0)
        {
            var children = cache.GetChildren(stack.Pop());
            for (var i = children.Count - 1; i >= 0; i--)
            {
                yield return children[i].Key;
                stack.Push(children[i].Key);
            }
        }
    }

    /// <summary>An equality value in the form the index keeps it (picker keys as GUIDs, numbers and booleans canonical).</summary>
    private string Normalise(string alias, string value) => index.KindOfAlias(alias) switch
    {
        IndexedKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n.ToString(CultureInfo.InvariantCulture),
        IndexedKind.Boolean => value.Trim() is "1" or "true" or "True" or "TRUE" ? "true" : "false",
        IndexedKind.Text when value.StartsWith("umb://", StringComparison.OrdinalIgnoreCase) || Guid.TryParse(value, out _) => IndexedValue.KeyOf(value)?.ToString("D") ?? value,
        _ => value,
    };

    private Func<IndexEntry, bool>? Compile(QueryFilter filter, out string? problem)
    {
        problem = null;
        var negate = filter.Negate;
        switch (filter.Field.ToLowerInvariant())
        {
            case "contenttype":
                var typeIds = filter.Values.Select(index.TypeId).Where(t => t >= 0).ToArray();
                return typeIds.Length == 1
                    ? e => (e.TypeId == typeIds[0]) != negate
                    : e => (Array.IndexOf(typeIds, e.TypeId) >= 0) != negate;
            case "name":
                var text = filter.Values[0];
                return e => e.Content.Name.Contains(text, StringComparison.OrdinalIgnoreCase) != negate;
            case "createdate":
                var created = IndexedValue.ParseDate(filter.Values[0])!.Value;
                return e => Compare(e.Content.CreateDate.CompareTo(created), filter.Operator);
            case "updatedate":
                var updated = IndexedValue.ParseDate(filter.Values[0])!.Value;
                return e => Compare(e.Content.UpdateDate.CompareTo(updated), filter.Operator);
        }

        var alias = filter.Field;
        var slot = index.Slot(alias);
        var kind = index.KindOfAlias(alias) ?? IndexedKind.None;
        if (filter.Operator == FilterOperator.Equals)
        {
            var terms = filter.Values.Select(v => Normalise(alias, v).ToLowerInvariant()).ToArray();
            if (kind == IndexedKind.Date)
            {
                var dates = filter.Values.Select(IndexedValue.ParseDate).ToArray();
                if (dates.Any(d => d is null))
                {
                    problem = $"The filter on '{alias}' needs a date.";
                    return null;
                }

                return e => (e.Value(slot)?.Date is { } d && dates.Contains(d)) != negate;
            }

            return e => HasAnyTerm(e.Value(slot), terms) != negate;
        }

        var raw = filter.Values[0];
        switch (kind)
        {
            case IndexedKind.Number or IndexedKind.Boolean:
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    problem = $"The filter on '{alias}' needs a number.";
                    return null;
                }

                return e => e.Value(slot)?.Number is { } n && Compare(n.CompareTo(number), filter.Operator);
            case IndexedKind.Date:
                if (IndexedValue.ParseDate(raw) is not { } date)
                {
                    problem = $"The filter on '{alias}' needs a date.";
                    return null;
                }

                return e => e.Value(slot)?.Date is { } d && Compare(d.CompareTo(date), filter.Operator);
            default:
                return e => e.Value(slot)?.Text is { } t && Compare(string.Compare(t, raw, StringComparison.OrdinalIgnoreCase), filter.Operator);
        }
    }

    private static bool HasAnyTerm(IndexedValue? value, string[] terms)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var term in value.Terms)
        {
            foreach (var wanted in terms)
            {
                if (string.Equals(term, wanted, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Compare(int comparison, FilterOperator op) => op switch
    {
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterThanOrEqual => comparison >= 0,
        FilterOperator.LessThan => comparison < 0,
        FilterOperator.LessThanOrEqual => comparison <= 0,
        _ => comparison == 0,
    };

    private Comparison<IndexEntry> Comparer(IReadOnlyList<QuerySort> sorts)
    {
        var keys = sorts.Count > 0
            ? sorts.Select(Key).ToList()
            : [Key(new QuerySort("level", false)), Key(new QuerySort("sortOrder", false))];
        keys.Add((a, b) => a.Content.Key.CompareTo(b.Content.Key));
        return (a, b) =>
        {
            foreach (var key in keys)
            {
                var c = key(a, b);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        };
    }

    private Comparison<IndexEntry> Key(QuerySort sort)
    {
        var sign = sort.Descending ? -1 : 1;
        Comparison<IndexEntry> ascending = sort.Field.ToLowerInvariant() switch
        {
            "createdate" => (a, b) => a.Content.CreateDate.CompareTo(b.Content.CreateDate),
            "updatedate" => (a, b) => a.Content.UpdateDate.CompareTo(b.Content.UpdateDate),
            "level" => (a, b) => a.Content.Level.CompareTo(b.Content.Level),
            "sortorder" => (a, b) => a.Content.SortOrder.CompareTo(b.Content.SortOrder),
            "name" => (a, b) => string.Compare(a.Content.Name, b.Content.Name, StringComparison.OrdinalIgnoreCase),
            _ => ByProperty(index.Slot(sort.Field)),
        };
        return (a, b) => sign * ascending(a, b);
    }

    /// <summary>Nodes without the value sort after those with it (ascending; a descending sort reverses the whole order).</summary>
    private static Comparison<IndexEntry> ByProperty(int slot) => (a, b) =>
    {
        var x = a.Value(slot);
        var y = b.Value(slot);
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        return x.Kind switch
        {
            IndexedKind.Number or IndexedKind.Boolean => Nullable.Compare(x.Number, y.Number),
            IndexedKind.Date => Nullable.Compare(x.Date, y.Date),
            _ => string.Compare(x.Text, y.Text, StringComparison.OrdinalIgnoreCase),
        };
    };
}
