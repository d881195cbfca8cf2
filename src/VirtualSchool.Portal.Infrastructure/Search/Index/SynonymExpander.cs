using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// Widens a search with the synonym groups: where the words typed start with one of a group's terms (the longest that
/// matches), that run of words becomes "any of the group's terms" ("pp+ funding" → (pp+ | pupil premium plus) funding).
/// A quoted phrase is widened only when it is a whole term. Built once per list of groups and kept until it changes.
/// </summary>
internal sealed class SynonymExpander
{
    private readonly Dictionary<string, List<IReadOnlyList<IReadOnlyList<string>>>> _byTerm = new(StringComparer.Ordinal);
    private readonly int _longest;

    public SynonymExpander(IReadOnlyList<SynonymGroup> groups)
    {
        Source = groups;
        foreach (var group in groups)
        {
            var terms = group.Terms.Select(QueryText.Words).Where(w => w.Count > 0).ToList();
            foreach (var term in terms)
            {
                var key = Key(term);
                if (!_byTerm.TryGetValue(key, out var alternatives))
                {
                    _byTerm[key] = alternatives = [];
                }

                alternatives.Add(terms);
                _longest = Math.Max(_longest, term.Count);
            }
        }
    }

    public IReadOnlyList<SynonymGroup> Source { get; }

    public IReadOnlyList<QueryPart> Expand(IReadOnlyList<QueryPart> parts)
    {
        if (_byTerm.Count == 0)
        {
            return parts;
        }

        var expanded = new List<QueryPart>(parts.Count);
        var i = 0;
        while (i < parts.Count)
        {
            var part = parts[i];
            if (part.Quoted)
            {
                expanded.Add(Lookup(part.Alternatives[0]) is { } whole ? new QueryPart(whole, true) : part);
                i++;
                continue;
            }

            var (length, alternatives) = LongestMatch(parts, i);
            if (alternatives is null)
            {
                expanded.Add(part);
                i++;
            }
            else
            {
                expanded.Add(new QueryPart(alternatives, false));
                i += length;
            }
        }

        return expanded;
    }

    private (int Length, IReadOnlyList<IReadOnlyList<string>>? Alternatives) LongestMatch(IReadOnlyList<QueryPart> parts, int start)
    {
        var words = new List<string>();
        for (var j = start; j < parts.Count && !parts[j].Quoted && words.Count < _longest; j++)
        {
            words.Add(parts[j].Alternatives[0][0]);
        }

        for (var length = words.Count; length > 0; length--)
        {
            if (Lookup(words.Take(length).ToList()) is { } alternatives)
            {
                return (length, alternatives);
            }
        }

        return (0, null);
    }

    private List<IReadOnlyList<string>>? Lookup(IReadOnlyList<string> words)
    {
        if (!_byTerm.TryGetValue(Key(words), out var groups))
        {
            return null;
        }

        // A term in more than one group takes every group's terms, each once.
        return groups.SelectMany(g => g).DistinctBy(Key).ToList();
    }

    private static string Key(IReadOnlyList<string> words) => string.Join(' ', words);
}
