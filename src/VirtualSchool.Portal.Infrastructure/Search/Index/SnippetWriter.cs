using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// The snippet of a hit: the best two passages of its stored text around the matched words, every character
/// HTML-encoded and the matches in &lt;mark&gt;. A highlighter and its scorer are made per hit (they keep state).
/// </summary>
internal static class SnippetWriter
{
    private const int FragmentSize = 160;
    private const int Fragments = 2;
    private const string Separator = " … ";

    public static string Write(Query words, Analyzer analyzer, string? text, int maxChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var scorer = new QueryScorer(words, SearchFields.Text);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = maxChars,
        };
        try
        {
            using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
            return highlighter.GetBestFragments(stream, text, Fragments, Separator).Trim();
        }
        catch (InvalidTokenOffsetsException)
        {
            // A snippet is a nicety: a result without one is still a result.
            return "";
        }
    }
}
