using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The difference between two texts word by word (the longest common run of words kept, the rest marked added or
/// removed), as the back office's compare shows it. Long texts that differ throughout are shown as replaced whole
/// rather than compared in quadratic time and memory.
/// </summary>
public static partial class WordDiff
{
    /// <summary>The most word-by-word comparisons (older words × newer words, after the common start and end).</summary>
    public const long MostCells = 4_000_000;

    public static IReadOnlyList<DiffPart> Compute(string? older, string? newer)
    {
        var a = Tokens().Matches(older ?? "").Select(m => m.Value).ToArray();
        var b = Tokens().Matches(newer ?? "").Select(m => m.Value).ToArray();
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var parts = new List<DiffPart>();
        Add(parts, DiffKind.Same, a[..start]);
        Middle(parts, a[start..endA], b[start..endB]);
        Add(parts, DiffKind.Same, a[endA..]);
        return parts;
    }

    private static void Middle(List<DiffPart> parts, string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MostCells)
        {
            Add(parts, DiffKind.Removed, a);
            Add(parts, DiffKind.Added, b);
            return;
        }

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(parts, DiffKind.Same, [a[x++]]);
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                // Removed words before the words that replace them, as a reader expects.
                Add(parts, DiffKind.Removed, [a[x++]]);
            }
            else
            {
                Add(parts, DiffKind.Added, [b[y++]]);
            }
        }
    }

    /// <summary>Appends words, joining them to the last part when it is of the same kind.</summary>
    private static void Add(List<DiffPart> parts, DiffKind kind, string[] words)
    {
        if (words.Length == 0)
        {
            return;
        }

        var text = string.Concat(words);
        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        }
        else
        {
            parts.Add(new DiffPart(kind, text));
        }
    }

    // A word, or the spaces between words (kept so the text reads as it was written).
    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Tokens();
}
