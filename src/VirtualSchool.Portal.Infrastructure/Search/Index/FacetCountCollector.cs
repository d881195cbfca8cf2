using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>Counts the matching documents by kind or by audience, from their doc values (no stored fields read).</summary>
internal sealed class FacetCountCollector(bool byAudience) : ICollector
{
    private readonly Dictionary<SearchKind, int> _kinds = [];
    private readonly Dictionary<string, int> _audiences = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, int> _ordinals = [];
    private readonly BytesRef _scratch = new();
    private NumericDocValues? _kind;
    private SortedSetDocValues? _audience;

    public IReadOnlyDictionary<SearchKind, int> Kinds => _kinds;

    /// <summary>The audiences' counts; read after the search (the last segment's ordinals are resolved here).</summary>
    public IReadOnlyDictionary<string, int> Audiences
    {
        get
        {
            ResolveOrdinals();
            return _audiences;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (byAudience)
        {
            ResolveOrdinals();
            _audience = context.AtomicReader.GetSortedSetDocValues(SearchFields.AudienceValue);
        }
        else
        {
            _kind = context.AtomicReader.GetNumericDocValues(SearchFields.Kind);
        }
    }

    public void Collect(int doc)
    {
        if (_kind is not null)
        {
            var kind = (SearchKind)(int)_kind.Get(doc);
            _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
        }

        if (_audience is not null)
        {
            _audience.SetDocument(doc);
            for (var ord = _audience.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _audience.NextOrd())
            {
                _ordinals[ord] = _ordinals.GetValueOrDefault(ord) + 1;
            }
        }
    }

    /// <summary>Ordinals are per segment: turn the segment's into names (once per audience, not per document).</summary>
    private void ResolveOrdinals()
    {
        if (_audience is null || _ordinals.Count == 0)
        {
            return;
        }

        foreach (var (ord, count) in _ordinals)
        {
            _audience.LookupOrd(ord, _scratch);
            var name = _scratch.Utf8ToString();
            _audiences[name] = _audiences.GetValueOrDefault(name) + count;
        }

        _ordinals.Clear();
    }
}
