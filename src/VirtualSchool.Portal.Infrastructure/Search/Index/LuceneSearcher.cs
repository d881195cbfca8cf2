using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// Answers searches from the node's indexes: the reader's words (and their synonyms) in the title or text, filtered by
/// kind, audience and what the reader may read; counts by kind and audience; a page of hits with snippets; and a
/// spelling suggestion when little was found. What a reader types never fails a search.
/// </summary>
public sealed partial class LuceneSearcher(SearchEngine engine, ISearchSynonyms synonyms, ILogger<LuceneSearcher> logger) : ISearcher
{
    /// <summary>Fewer results than this and a spelling suggestion is looked for.</summary>
    public const int SuggestBelow = 3;

    private volatile SynonymExpander? _expander;

    public async Task<SearchResults> SearchAsync(string index, SearchRequest request, CancellationToken cancellationToken)
    {
        var found = engine.Find(index) ?? throw new ArgumentException($"No search index is called {index}.", nameof(index));
        var expander = await ExpanderAsync(cancellationToken);
        var pageSize = Math.Clamp(request.PageSize, 1, Math.Min(SearchRequest.MaxPageSize, engine.MaxPageSize));
        var page = Math.Max(1, request.Page);
        var text = request.Text.Length > SearchRequest.MaxTextLength ? request.Text[..SearchRequest.MaxTextLength] : request.Text;
        var empty = new SearchResults { Total = 0, Hits = [], Page = page, PageSize = pageSize, Complete = false };
        var results = found.Read(searcher => Search(searcher, expander, text, request, page, pageSize), () => empty);
        return results with { Complete = results.Complete && found.Health == SearchIndexHealth.Healthy };
    }

    private static SearchResults Search(IndexSearcher searcher, SynonymExpander expander, string text, SearchRequest request, int page, int pageSize)
    {
        var words = SearchQueryBuilder.Words(expander.Expand(QueryText.Parse(text)), SearchAnalysis.English);
        if (words is null)
        {
            return new SearchResults { Total = 0, Hits = [], Page = page, PageSize = pageSize };
        }

        var reader = SearchQueryBuilder.ReaderFilter(request.Reader);
        var kinds = SearchQueryBuilder.KindFilter(request.Kinds);
        var audience = SearchQueryBuilder.AudienceFilter(request.Audience);

        var byKind = new FacetCountCollector(byAudience: false);
        searcher.Search(SearchQueryBuilder.Filtered(words, reader, audience), byKind);
        var byAudience = new FacetCountCollector(byAudience: true);
        searcher.Search(SearchQueryBuilder.Filtered(words, reader, kinds), byAudience);

        var query = SearchQueryBuilder.Filtered(words, reader, kinds, audience);
        var wanted = (int)Math.Min((long)page * pageSize, Math.Max(1, searcher.IndexReader.MaxDoc));
        var top = request.Sort == SearchSort.Newest
            ? searcher.Search(query, null, wanted, NewestFirst, doDocScores: true, doMaxScore: false)
            : searcher.Search(query, wanted);

        var hits = new List<SearchHit>(pageSize);
        var textTerms = SnippetWriter.TextTerms(words);
        foreach (var scoreDoc in top.ScoreDocs.Skip((page - 1) * pageSize).Take(pageSize))
        {
            var stored = searcher.Doc(scoreDoc.Doc);
            var snippet = SnippetWriter.Write(searcher.IndexReader, scoreDoc.Doc, textTerms, SearchDocumentMapper.Get(stored, SearchFields.Text));
            hits.Add(SearchDocumentMapper.ToHit(stored, scoreDoc.Score, snippet));
        }

        return new SearchResults
        {
            Total = top.TotalHits,
            Hits = hits,
            Page = page,
            PageSize = pageSize,
            KindCounts = byKind.Kinds,
            AudienceCounts = byAudience.Audiences,
            Suggestion = top.TotalHits < SuggestBelow ? SpellingSuggester.Suggest(searcher.IndexReader, text) : null,
        };
    }

    private static readonly Sort NewestFirst = new(new SortField(SearchFields.Date, SortFieldType.INT64, true), SortField.FIELD_SCORE);

    private async ValueTask<SynonymExpander> ExpanderAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<SynonymGroup> groups;
        try
        {
            groups = await synonyms.GroupsAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Searching without synonyms beats not searching.
            LogSynonymsFailed(logger, e);
            groups = [];
        }

        var expander = _expander;
        if (expander is null || !ReferenceEquals(expander.Source, groups))
        {
            _expander = expander = new SynonymExpander(groups);
        }

        return expander;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search synonyms could not be read; searching without them.")]
    private static partial void LogSynonymsFailed(ILogger logger, Exception exception);
}
