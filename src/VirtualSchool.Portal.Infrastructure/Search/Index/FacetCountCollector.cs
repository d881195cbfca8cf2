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
    private readonly BytesRef _scratch = new();
    private NumericDocValues? _kind;
    private SortedSetDocValues? _audience;

    public IReadOnlyDictionary<SearchKind, int> Kinds => _kinds;

    public IReadOnlyDictionary<string, int> Audiences => _audiences;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (byAudience)
        {
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
                _audience.LookupOrd(ord, _scratch);
                var name = _scratch.Utf8ToString();
                _audiences[name] = _audiences.GetValueOrDefault(name) + 1;
            }
        }
    }
}
