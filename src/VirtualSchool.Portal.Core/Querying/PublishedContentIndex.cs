using System.Collections.Concurrent;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Querying;

/// <summary>
/// One published node as the query index holds it: its snapshot, its content type's number and its typed
/// property values by property slot (see <see cref="PublishedContentIndex.Slot"/>), so a query reads arrays,
/// not dictionaries.
/// </summary>
public sealed class IndexEntry(PublishedContent content, int typeId, IndexedValue?[] values)
{
    public PublishedContent Content { get; } = content;
    public int TypeId { get; } = typeId;

    public IndexedValue? Value(int slot) => slot >= 0 && slot < values.Length ? values[slot] : null;

    internal IEnumerable<(int Slot, IndexedValue Value)> Values()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                yield return (i, value);
            }
        }
    }
}

/// <summary>
/// The Delivery API's query index over published content: every node's typed property values, and posting
/// lists by content type and by property value for equality filters. It is an
/// <see cref="IPublishedContentObserver"/>, so the cache updates it under its own write lock, in the same
/// operation as the publish: a query never sees an index older than the content it returns.
/// Any property of any document type is indexed, typed by its editor (<see cref="IDataEditor.Index"/>).
/// </summary>
public sealed class PublishedContentIndex(IDataEditorCollection editors) : IPublishedContentObserver
{
    private readonly ConcurrentDictionary<Guid, IndexEntry> _entries = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, byte>> _postings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IndexedKind> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<int, string> _slotAliases = new();
    private readonly ConcurrentDictionary<string, int> _types = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _writeLock = new();
    private IndexEntry[]? _snapshot;

    /// <summary>How many nodes are indexed (routed or not).</summary>
    public int Count => _entries.Count;

    public IndexEntry? Get(Guid key) => _entries.GetValueOrDefault(key);

    /// <summary>Every indexed node, as an array that is rebuilt on the first read after a change.</summary>
    public IndexEntry[] All
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is null)
            {
                snapshot = _entries.Values.ToArray();
                Volatile.Write(ref _snapshot, snapshot);
            }

            return snapshot;
        }
    }

    /// <summary>The array position of a property alias's values in every entry; -1 when no published type has it.</summary>
    public int Slot(string alias) => _slots.TryGetValue(alias, out var slot) ? slot : -1;

    /// <summary>The number of a content type alias in <see cref="IndexEntry.TypeId"/>; -1 when no node has it.</summary>
    public int TypeId(string alias) => _types.TryGetValue(alias, out var id) ? id : -1;

    /// <summary>The kind a property alias is indexed as (the first document type that declared it decides); null when no published type has it.</summary>
    public IndexedKind? KindOfAlias(string alias) => _aliases.TryGetValue(alias, out var kind) ? kind : null;

    /// <summary>The nodes of a content type.</summary>
    public IEnumerable<Guid> WithContentType(string alias) => Posting(ContentTypeTerm(alias));

    /// <summary>The nodes whose property <paramref name="alias"/> has the value <paramref name="term"/> (any case).</summary>
    public IEnumerable<Guid> WithValue(string alias, string term) => Posting(ValueTerm(alias, term.ToLowerInvariant()));

    public void Reset(IEnumerable<PublishedContent> all)
    {
        lock (_writeLock)
        {
            _entries.Clear();
            _postings.Clear();
            _snapshot = null;
            foreach (var content in all)
            {
                Add(Build(content));
            }
        }
    }

    public void Updated(PublishedContent content)
    {
        lock (_writeLock)
        {
            if (_entries.TryGetValue(content.Key, out var old))
            {
                if (ReferenceEquals(old.Content, content))
                {
                    return;
                }

                RemovePostings(old);
            }

            Add(Build(content));
        }
    }

    public void Removed(Guid key)
    {
        lock (_writeLock)
        {
            if (_entries.TryRemove(key, out var old))
            {
                RemovePostings(old);
            }
        }
    }

    private IndexEntry Build(PublishedContent content)
    {
        var values = new List<(int Slot, IndexedValue Value)>();
        foreach (var property in content.ContentType.Properties)
        {
            var editor = editors.For(property.EditorAlias);
            _aliases.TryAdd(property.Alias, editor.IndexKind);
            if (editor.IndexKind != IndexedKind.None
                && content.Properties.GetValueOrDefault(property.Alias) is { } raw
                && !string.IsNullOrWhiteSpace(raw)
                && editor.Index(raw) is { } value)
            {
                values.Add((SlotFor(property.Alias), value));
            }
        }

        var bySlot = new IndexedValue?[values.Count == 0 ? 0 : values.Max(v => v.Slot) + 1];
        foreach (var (slot, value) in values)
        {
            bySlot[slot] = value;
        }

        return new IndexEntry(content, _types.GetOrAdd(content.ContentTypeAlias, _ => _types.Count), bySlot);
    }

    /// <summary>The slot of an alias, given a new one the first time it is seen (writers hold the write lock).</summary>
    private int SlotFor(string alias)
    {
        if (!_slots.TryGetValue(alias, out var slot))
        {
            slot = _slots.Count;
            _slotAliases[slot] = alias;
            _slots[alias] = slot;
        }

        return slot;
    }

    private void Add(IndexEntry entry)
    {
        _snapshot = null;
        _entries[entry.Content.Key] = entry;
        foreach (var term in Terms(entry))
        {
            _postings.GetOrAdd(term, _ => new ConcurrentDictionary<Guid, byte>())[entry.Content.Key] = 0;
        }
    }

    private void RemovePostings(IndexEntry entry)
    {
        _snapshot = null;
        foreach (var term in Terms(entry))
        {
            if (_postings.TryGetValue(term, out var keys))
            {
                keys.TryRemove(entry.Content.Key, out _);
            }
        }
    }

    private IEnumerable<string> Terms(IndexEntry entry)
    {
        yield return ContentTypeTerm(entry.Content.ContentTypeAlias);
        foreach (var (slot, value) in entry.Values())
        {
            var alias = _slotAliases[slot];
            foreach (var term in value.Terms)
            {
                yield return ValueTerm(alias, term);
            }
        }
    }

    private IEnumerable<Guid> Posting(string term) => _postings.TryGetValue(term, out var keys) ? keys.Keys : [];

    private static string ContentTypeTerm(string alias) => "t\u0001" + alias.ToLowerInvariant();

    private static string ValueTerm(string alias, string term) => "v\u0001" + alias.ToLowerInvariant() + "\u0001" + term;
}
