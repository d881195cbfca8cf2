using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// Reads what a reader typed as words and "quoted phrases", nothing else: no Lucene syntax (wildcards, fields, boosts,
/// brackets, AND/OR) ever reaches the engine, so no text can fail a search. An unclosed quote runs to the end.
/// </summary>
internal static partial class QueryText
{
    /// <summary>The words of any text as this class splits them ("looked-after", "child's", "pp+").</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    public static IReadOnlyList<QueryPart> Parse(string text)
    {
        var parts = new List<QueryPart>();
        var pieces = text.Split('"');
        for (var i = 0; i < pieces.Length; i++)
        {
            var words = Words(pieces[i]);
            if (words.Count == 0)
            {
                continue;
            }

            var quoted = i % 2 == 1;
            if (quoted)
            {
                parts.Add(QueryPart.Of(words, quoted: true));
            }
            else
            {
                parts.AddRange(words.Select(w => QueryPart.Of([w], quoted: false)));
            }
        }

        return parts;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-.&/][\p{L}\p{N}]+)*\+*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
