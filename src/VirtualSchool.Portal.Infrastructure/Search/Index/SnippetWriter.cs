using System.Net;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// The snippet of a hit: the passage of its stored text with the most matched words, every character HTML-encoded and
/// the matches in &lt;mark&gt;. The matches' places come from the text field's term vector (offsets stored at indexing),
/// so a snippet costs a lookup per searched word rather than re-analysing the document as Lucene's Highlighter does
/// (which measured tens of milliseconds a page on documents of a few thousand words; decision 0021).
/// </summary>
internal static class SnippetWriter
{
    private const int Window = 240;
    private const int Lead = 60;

    /// <summary>The analysed words of the query that can match the text field.</summary>
    public static IReadOnlyList<BytesRef> TextTerms(Query words)
    {
        var terms = new HashSet<Term>();
        words.ExtractTerms(terms);
        return terms.Where(t => t.Field == SearchFields.Text).Select(t => t.Bytes).Distinct().ToList();
    }

    public static string Write(IndexReader reader, int doc, IReadOnlyList<BytesRef> terms, string? text)
    {
        if (string.IsNullOrEmpty(text) || terms.Count == 0)
        {
            return "";
        }

        var matches = Matches(reader, doc, terms, text.Length);
        if (matches.Count == 0)
        {
            return "";
        }

        var (start, end) = BestWindow(matches, text);
        var html = new StringBuilder(Window + 64);
        if (start > 0)
        {
            html.Append("… ");
        }

        var at = start;
        foreach (var (from, to) in matches.Where(m => m.From >= start && m.To <= end))
        {
            if (from < at)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..from])).Append("<mark>").Append(WebUtility.HtmlEncode(text[from..to])).Append("</mark>");
            at = to;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString().Trim();
    }

    private static List<(int From, int To)> Matches(IndexReader reader, int doc, IReadOnlyList<BytesRef> terms, int length)
    {
        var matches = new List<(int, int)>();
        var vector = reader.GetTermVector(doc, SearchFields.Text);
        if (vector is null)
        {
            return matches;
        }

        var termsEnum = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(term))
            {
                continue;
            }

            positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = positions.Freq; i > 0; i--)
            {
                positions.NextPosition();
                // Only the stored start of a long text can be shown.
                if (positions.StartOffset >= 0 && positions.EndOffset <= length && positions.StartOffset < positions.EndOffset)
                {
                    matches.Add((positions.StartOffset, positions.EndOffset));
                }
            }
        }

        matches.Sort();
        return matches;
    }

    /// <summary>The window of about <see cref="Window"/> characters holding the most matches, cut at spaces.</summary>
    private static (int Start, int End) BestWindow(List<(int From, int To)> matches, string text)
    {
        int best = 0, bestCount = 0, last = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < matches.Count && matches[last + 1].To <= matches[first].From + Window - Lead)
            {
                last++;
            }

            if (last - first + 1 > bestCount)
            {
                (best, bestCount) = (first, last - first + 1);
            }
        }

        var start = Math.Max(0, matches[best].From - Lead);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, Math.Min(20, matches[best].From - start));
            start = space >= 0 ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + Window);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Max(0, Math.Min(30, end - matches[best].To)));
            end = space > matches[best].To ? space : Math.Max(end, matches[best].To);
        }

        return (start, end);
    }
}
