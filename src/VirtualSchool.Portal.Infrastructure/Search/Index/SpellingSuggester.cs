using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// "Did you mean": each word typed that no public document has is replaced by the nearest word (at most two edits,
/// first letter kept) that a live public document has, the commonest first. Only <see cref="SearchFields.Spelling"/>
/// is read, which only public documents fill, and a word is offered only while a live document still has it (the term
/// dictionary keeps a removed document's words until its segment merges away).
/// </summary>
internal static class SpellingSuggester
{
    private const int MinLength = 3;

    public static string? Suggest(IndexReader reader, string text)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spelling);
        if (terms is null)
        {
            return null;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var replaced = false;
        var result = new StringBuilder();
        foreach (var (word, isWord) in Pieces(text))
        {
            if (!isWord || word.Length < MinLength || !word.All(char.IsLetter) || Live(reader, liveDocs, word.ToLowerInvariant()))
            {
                result.Append(word);
                continue;
            }

            var better = Nearest(reader, liveDocs, terms, word.ToLowerInvariant());
            replaced |= better is not null;
            result.Append(better ?? word);
        }

        return replaced ? result.ToString() : null;
    }

    private static string? Nearest(IndexReader reader, IBits? liveDocs, Terms terms, string word)
    {
        var candidates = new List<(string Word, int Distance, int Frequency)>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Spelling, word), 2f, 1, true);
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            candidates.Add((candidate, Distance(word, candidate), fuzzy.DocFreq));
            if (candidates.Count > 200)
            {
                break;
            }
        }

        return candidates
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Frequency).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault(c => Live(reader, liveDocs, c));
    }

    private static bool Live(IndexReader reader, IBits? liveDocs, string word)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, liveDocs, SearchFields.Spelling, new BytesRef(word));
        return docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
    }

    /// <summary>The text cut into words and what lies between them, so a suggestion keeps the reader's quotes and spaces.</summary>
    private static IEnumerable<(string Text, bool IsWord)> Pieces(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var isWord = char.IsLetterOrDigit(text[start]);
            var end = start;
            while (end < text.Length && char.IsLetterOrDigit(text[end]) == isWord)
            {
                end++;
            }

            yield return (text[start..end], isWord);
            start = end;
        }
    }

    private static int Distance(string a, string b)
    {
        // Damerau-Levenshtein (optimal string alignment), small strings only.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
