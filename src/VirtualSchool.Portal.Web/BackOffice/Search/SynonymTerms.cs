using VirtualSchool.Portal.Infrastructure.Search;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// Reads a synonym group's terms as an editor types them, one per line: spaces tidied, blank lines dropped, and the
/// group refused unless it has 2 to 20 terms, each at most 100 characters, none the same as another (in any case).
/// </summary>
public static class SynonymTerms
{
    public const string Field = "terms";

    public static IReadOnlyList<string> Read(string? typed, FormErrors errors)
    {
        var terms = (typed ?? "").Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(term => term.Length > 0)
            .ToList();
        var duplicate = terms.GroupBy(t => t, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
        var tooLong = terms.FirstOrDefault(t => t.Length > SearchSynonymStore.MaxTermLength);
        if (terms.Count < 2)
        {
            errors.Add(Field, "Enter at least 2 terms, one on each line");
        }
        else if (terms.Count > SearchSynonymStore.MaxTerms)
        {
            errors.Add(Field, $"Enter {SearchSynonymStore.MaxTerms} terms or fewer");
        }
        else if (tooLong is not null)
        {
            errors.Add(Field, $"Each term must be {SearchSynonymStore.MaxTermLength} characters or fewer (‘{tooLong[..20]}…’ is longer)");
        }
        else if (duplicate is not null)
        {
            errors.Add(Field, $"‘{duplicate}’ is in the list more than once");
        }

        return terms;
    }
}
