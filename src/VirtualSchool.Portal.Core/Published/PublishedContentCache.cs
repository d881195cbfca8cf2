using System.Collections.Concurrent;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Published;

/// <summary>
/// The in-memory published-content cache. Reads are lock-free; writes are serialised and touch only the
/// node written and, when its route moves, its descendants.
/// </summary>
/// <remarks>
/// Routes follow Umbraco with <c>hideTopLevelNodeFromPath</c>: a node bound to a domain, or else the first
/// top-level node, answers at "/" and its children at "/child"; other top-level nodes answer at
/// "/their-segment". When two nodes claim one path, a domain root beats a top-level node, then the
/// shallower node, then the lower sort order; the loser has no route until the winner goes.
/// </remarks>
public sealed partial class PublishedContentCache(IEnumerable<IPublishedContentObserver> observers) : IPublishedContentCache
{
    private readonly IPublishedContentObserver[] _observers = observers.ToArray();

    public PublishedContentCache()
        : this([])
    {
    }

    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<Guid, PublishedContent> _byKey = new();
    private readonly ConcurrentDictionary<int, Guid> _idToKey = new();
    private readonly ConcurrentDictionary<string, Guid> _byRoute = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, Guid[]> _children = new();
    private readonly Dictionary<string, List<Guid>> _claims = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, string> _claimOf = [];
    private HashSet<Guid> _domainRoots = [];
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public PublishedContent? GetByKey(Guid key) => _byKey.GetValueOrDefault(key);

    public PublishedContent? GetById(int id) => _idToKey.TryGetValue(id, out var key) ? GetByKey(key) : null;

    public PublishedContent? GetByRoute(string path)
    {
        var normalised = NormaliseRoute(path);
        return normalised is not null && _byRoute.TryGetValue(normalised, out var key) ? GetByKey(key) : null;
    }

    public IReadOnlyList<PublishedContent> GetRoots() => ChildrenOf(Guid.Empty);

    public IReadOnlyList<PublishedContent> GetChildren(Guid key) =>
        ChildrenOf(key).Where(c => c.Route is not null).ToArray();

    public IReadOnlyList<PublishedContent> GetAncestors(Guid key)
    {
        var ancestors = new List<PublishedContent>();
        var current = GetByKey(key);
        while (current?.ParentKey is { } parentKey && GetByKey(parentKey) is { } parent)
        {
            ancestors.Add(parent);
            current = parent;
        }

        ancestors.Reverse();
        return ancestors;
    }

    public IEnumerable<PublishedContent> GetAll() => _byKey.Values.Where(c => c.Route is not null);

    public PublishedContent? GetSiteRoot(Guid key)
    {
        var current = GetByKey(key);
        while (current is not null)
        {
            if (current.Route == "/")
            {
                return current;
            }

            current = current.ParentKey is { } parentKey ? GetByKey(parentKey) : null;
        }

        return GetByRoute("/");
    }

    /// <summary>Normalises a request path to the form routes are stored in: "/a/b", lower-case insensitive, no trailing slash.</summary>
    public static string? NormaliseRoute(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        var trimmed = path.Trim();
        if (trimmed.Length > 1)
        {
            trimmed = trimmed.TrimEnd('/');
        }

        if (!trimmed.StartsWith('/'))
        {
            trimmed = "/" + trimmed;
        }

        return trimmed.Contains("//", StringComparison.Ordinal) ? null : trimmed;
    }

    public void Load(IEnumerable<PublishedContent> items, IEnumerable<Domain> domains)
    {
        lock (_writeLock)
        {
            _byKey.Clear();
            _idToKey.Clear();
            _byRoute.Clear();
            _children.Clear();
            _claims.Clear();
            _claimOf.Clear();
            _domainRoots = domains.Select(d => d.RootKey).ToHashSet();
            foreach (var item in items)
            {
                _byKey[item.Key] = item with { Route = null };
                _idToKey[item.Id] = item.Key;
            }

            foreach (var group in _byKey.Values.GroupBy(i => i.ParentKey ?? Guid.Empty))
            {
                _children[group.Key] = Sort(group);
            }

            RecomputeAllRoutes(new List<RouteChange>());
            foreach (var observer in _observers)
            {
                observer.Reset(_byKey.Values.ToArray());
            }

            Interlocked.Increment(ref _version);
        }
    }

    public IReadOnlyList<RouteChange> Set(PublishedContent item)
    {
        lock (_writeLock)
        {
            var changes = new List<RouteChange>();
            var old = GetByKey(item.Key);
            if (old is not null && old.ParentKey != item.ParentKey)
            {
                RemoveChild(old.ParentKey ?? Guid.Empty, old.Key);
            }

            _byKey[item.Key] = item with { Route = old?.Route };
            _idToKey[item.Id] = item.Key;
            PutChild(item.ParentKey ?? Guid.Empty, _byKey[item.Key]);

            if (item.ParentKey is null || old?.ParentKey is null && old is not null)
            {
                // A top-level node arrived, left or was re-sorted: which node owns "/" may change.
                RecomputeAllRoutes(changes);
            }
            else
            {
                RecomputeRoutes(item.Key, changes);
            }

            Notify(item.Key, changes);
            Interlocked.Increment(ref _version);
            return changes;
        }
    }

    public IReadOnlyList<RouteChange> Remove(Guid key)
    {
        lock (_writeLock)
        {
            var changes = new List<RouteChange>();
            if (!_byKey.TryGetValue(key, out var old))
            {
                return changes;
            }

            // Descendants stay published but lose their routes, as in Umbraco, until the node returns.
            SetRoute(old, null, changes);
            foreach (var child in ChildrenOf(key))
            {
                RecomputeRoutes(child.Key, changes);
            }

            _byKey.TryRemove(key, out _);
            _idToKey.TryRemove(old.Id, out _);
            RemoveChild(old.ParentKey ?? Guid.Empty, key);
            if (old.ParentKey is null)
            {
                RecomputeAllRoutes(changes);
            }

            Notify(key, changes);
            Interlocked.Increment(ref _version);
            return changes;
        }
    }

    /// <summary>Tells the observers about the node written and every node whose route moved with it (under the write lock).</summary>
    private void Notify(Guid key, List<RouteChange> changes)
    {
        if (_observers.Length == 0)
        {
            return;
        }

        foreach (var changed in changes.Select(c => c.Key).Prepend(key).Distinct())
        {
            var current = GetByKey(changed);
            foreach (var observer in _observers)
            {
                if (current is null)
                {
                    observer.Removed(changed);
                }
                else
                {
                    observer.Updated(current);
                }
            }
        }
    }

    private List<PublishedContent> ChildrenOf(Guid parentKey)
    {
        if (!_children.TryGetValue(parentKey, out var keys))
        {
            return [];
        }

        var children = new List<PublishedContent>(keys.Length);
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var child))
            {
                children.Add(child);
            }
        }

        return children;
    }

    private static Guid[] Sort(IEnumerable<PublishedContent> items) =>
        items.OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Select(i => i.Key).ToArray();

    /// <summary>
    /// Puts one node in its place among its siblings, which are already in order: one pass to drop its old place
    /// and a binary search for the new one, rather than sorting the level again. A sort of a level of thousands
    /// sets every sibling in turn, so a full sort here would make it quadratic in sorts.
    /// </summary>
    private void PutChild(Guid parentKey, PublishedContent item)
    {
        var keys = _children.TryGetValue(parentKey, out var existing) ? existing : [];
        var siblings = new List<PublishedContent>(keys.Length + 1);
        foreach (var key in keys)
        {
            if (key != item.Key && _byKey.TryGetValue(key, out var sibling))
            {
                siblings.Add(sibling);
            }
        }

        // After the last sibling that sorts no later, as a stable sort would put it.
        int low = 0, high = siblings.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (CompareOrder(siblings[middle], item) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var result = new Guid[siblings.Count + 1];
        for (var i = 0; i < low; i++)
        {
            result[i] = siblings[i].Key;
        }

        result[low] = item.Key;
        for (var i = low; i < siblings.Count; i++)
        {
            result[i + 1] = siblings[i].Key;
        }

        _children[parentKey] = result;
    }

    /// <summary>The order <see cref="Sort"/> gives: sort order, then name.</summary>
    private static int CompareOrder(PublishedContent a, PublishedContent b)
    {
        var bySortOrder = a.SortOrder.CompareTo(b.SortOrder);
        return bySortOrder != 0 ? bySortOrder : StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
    }

    private void RemoveChild(Guid parentKey, Guid key)
    {
        var remaining = _children.TryGetValue(parentKey, out var keys) ? keys.Where(k => k != key).ToArray() : [];
        if (remaining.Length == 0)
        {
            _children.TryRemove(parentKey, out _);
        }
        else
        {
            _children[parentKey] = remaining;
        }
    }
}
