namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// A content or media tree as an export sees it: which items are live (neither in the recycle bin nor below
/// something that is; trashed items are not given to it) and each one's parent and uSync path.
/// </summary>
internal sealed class USyncTree<T>(IEnumerable<T> items, Func<T, Guid> keyOf, Func<T, Guid?> parentOf, Func<T, string> nameOf)
    where T : class
{
    private readonly Dictionary<Guid, T> _byKey = items.ToDictionary(keyOf);
    private readonly Func<T, Guid> _keyOf = keyOf;
    private readonly Dictionary<Guid, bool> _live = [];

    public IEnumerable<T> Live => _byKey.Values.Where(IsLive);

    public T? Get(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>Whether the item's every ancestor is here too, up to the top.</summary>
    public bool IsLive(T item)
    {
        var chain = new List<Guid>();
        var current = item;
        bool live;
        while (true)
        {
            var key = _keyOf(current);
            if (_live.TryGetValue(key, out var known))
            {
                live = known;
                break;
            }

            if (chain.Contains(key))
            {
                live = false; // a cycle: corrupt data, not a tree
                break;
            }

            chain.Add(key);
            if (parentOf(current) is not { } parentKey)
            {
                live = true;
                break;
            }

            if (!_byKey.TryGetValue(parentKey, out var parent))
            {
                live = false;
                break;
            }

            current = parent;
        }

        foreach (var key in chain)
        {
            _live[key] = live;
        }

        return live;
    }

    /// <summary>The item's parent, path and level, counted from the tree itself rather than trusted from storage.</summary>
    public NodePlace Place(T item)
    {
        var parent = parentOf(item) is { } parentKey ? Get(parentKey) : null;
        var ancestry = Ancestry(item);
        var path = "/" + string.Join('/', ancestry.Select(a => USyncWriter.PathSegment(nameOf(a))));
        return new NodePlace(parentOf(item), parent is null ? null : nameOf(parent), path, ancestry.Count);
    }

    /// <summary>The path of names from the top, as a domain's Root shows it: "/Executive Insights/Kezdőlap".</summary>
    public string NamePath(T item) => "/" + string.Join('/', Ancestry(item).Select(nameOf));

    private List<T> Ancestry(T item)
    {
        var chain = new List<T> { item };
        while (chain.Count <= _byKey.Count && parentOf(chain[^1]) is { } parentKey && _byKey.TryGetValue(parentKey, out var parent))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }
}
