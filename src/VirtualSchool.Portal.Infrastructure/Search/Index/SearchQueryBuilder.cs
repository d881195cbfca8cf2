using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// Builds the Lucene queries of a search from its parts and filters. Every part must match (in the title or the text;
/// a title match weighs <see cref="TitleBoost"/> times more); a part's words are analysed as the index analysed them and
/// a run of more than one word is a phrase. The filters (kind, audience, the reader) never score.
/// </summary>
internal static class SearchQueryBuilder
{
    public const float TitleBoost = 4f;

    /// <summary>The words' query; null when nothing searchable was typed (only stop words or punctuation).</summary>
    public static Query? Words(IReadOnlyList<QueryPart> parts, Analyzer analyzer)
    {
        var all = new BooleanQuery();
        foreach (var part in parts)
        {
            var any = new BooleanQuery();
            foreach (var alternative in part.Alternatives)
            {
                var terms = Analyse(analyzer, string.Join(' ', alternative));
                if (terms.Count == 0)
                {
                    continue;
                }

                var title = FieldQuery(SearchFields.Title, terms);
                title.Boost = TitleBoost;
                any.Add(title, Occur.SHOULD);
                any.Add(FieldQuery(SearchFields.Text, terms), Occur.SHOULD);
            }

            if (any.Clauses.Count > 0)
            {
                all.Add(any, Occur.MUST);
            }
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    public static Query? ReaderFilter(SearchReader reader)
    {
        if (reader.SeesEverything)
        {
            return null;
        }

        var any = new BooleanQuery { { new TermQuery(new Term(SearchFields.Public, SearchFields.PublicValue)), Occur.SHOULD } };
        foreach (var group in reader.Groups)
        {
            any.Add(new TermQuery(new Term(SearchFields.Group, group.ToLowerInvariant())), Occur.SHOULD);
        }

        return any;
    }

    public static Query? KindFilter(IReadOnlyCollection<SearchKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery();
        foreach (var kind in kinds.Distinct())
        {
            any.Add(new TermQuery(new Term(SearchFields.Kind, SearchDocumentMapper.KindTerm(kind))), Occur.SHOULD);
        }

        return any;
    }

    public static Query? AudienceFilter(string? audience) =>
        string.IsNullOrWhiteSpace(audience) ? null : new TermQuery(new Term(SearchFields.Audience, audience.Trim().ToLowerInvariant()));

    /// <summary>The words' query limited by the filters given (null ones ignored), which take no part in the score.</summary>
    public static Query Filtered(Query words, params Query?[] filters)
    {
        var present = filters.Where(f => f is not null).ToList();
        if (present.Count == 0)
        {
            return words;
        }

        var all = new BooleanQuery();
        foreach (var filter in present)
        {
            all.Add(filter, Occur.MUST);
        }

        return new FilteredQuery(words, new QueryWrapperFilter(all));
    }

    private static Query FieldQuery(string field, List<(string Term, int Position)> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static List<(string Term, int Position)> Analyse(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        // Positions start where the first kept word is (a leading stop word leaves a gap).
        var first = terms.Count > 0 ? terms[0].Item2 : 0;
        return terms.Select(t => (t.Item1, t.Item2 - first)).ToList();
    }
}
