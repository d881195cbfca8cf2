using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// One pass over the documents that match the words and the reader filter, which decides the kind and audience
/// filters itself from doc values: it counts by kind (ignoring the kind filter), by audience (ignoring the audience
/// filter), and hands the documents that pass both to the top-hits collector. Running the query once instead of once
/// per count matters most for phrases, whose positions are read for every matching document.
/// </summary>
internal sealed class SearchCollector(ICollector top, IReadOnlyCollection<SearchKind> kinds, string? audience) : ICollector
{
    private readonly HashSet<SearchKind>? _kinds = kinds.Count == 0 ? null : [.. kinds];
    private readonly string? _audience = string.IsNullOrWhiteSpace(audience) ? null : audience.Trim();
    private readonly Dictionary<SearchKind, int> _kindCounts = [];
    private readonly Dictionary<string, int> _audienceCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, int> _ordinalCounts = [];
    private readonly Dictionary<long, bool> _ordinalIsAudience = [];
    private readonly BytesRef _scratch = new();
    private NumericDocValues? _kind;
    private SortedSetDocValues? _audiences;

    /// <summary>Documents that passed every filter.</summary>
    public int Total { get; private set; }

    public IReadOnlyDictionary<SearchKind, int> KindCounts => _kindCounts;

    /// <summary>Read after the search: the last segment's ordinals are resolved here.</summary>
    public IReadOnlyDictionary<string, int> AudienceCounts
    {
        get
        {
            ResolveOrdinals();
            return _audienceCounts;
        }
    }

    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ResolveOrdinals();
        _ordinalIsAudience.Clear();
        _kind = context.AtomicReader.GetNumericDocValues(SearchFields.Kind);
        _audiences = context.AtomicReader.GetSortedSetDocValues(SearchFields.AudienceValue);
        top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var kind = (SearchKind)(int)(_kind?.Get(doc) ?? 0);
        var kindPasses = _kinds is null || _kinds.Contains(kind);
        var audiencePasses = _audience is null;
        if (_audiences is not null)
        {
            _audiences.SetDocument(doc);
            for (var ord = _audiences.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _audiences.NextOrd())
            {
                if (kindPasses)
                {
                    _ordinalCounts[ord] = _ordinalCounts.GetValueOrDefault(ord) + 1;
                }

                audiencePasses = audiencePasses || IsAudience(ord);
            }
        }

        if (audiencePasses)
        {
            _kindCounts[kind] = _kindCounts.GetValueOrDefault(kind) + 1;
        }

        if (kindPasses && audiencePasses)
        {
            Total++;
            top.Collect(doc);
        }
    }

    private bool IsAudience(long ord)
    {
        if (!_ordinalIsAudience.TryGetValue(ord, out var match))
        {
            _audiences!.LookupOrd(ord, _scratch);
            _ordinalIsAudience[ord] = match = string.Equals(_scratch.Utf8ToString(), _audience, StringComparison.OrdinalIgnoreCase);
        }

        return match;
    }

    /// <summary>Ordinals are per segment: turn the segment's into names (once per audience, not per document).</summary>
    private void ResolveOrdinals()
    {
        if (_audiences is null || _ordinalCounts.Count == 0)
        {
            return;
        }

        foreach (var (ord, count) in _ordinalCounts)
        {
            _audiences.LookupOrd(ord, _scratch);
            var name = _scratch.Utf8ToString();
            _audienceCounts[name] = _audienceCounts.GetValueOrDefault(name) + count;
        }

        _ordinalCounts.Clear();
    }
}
