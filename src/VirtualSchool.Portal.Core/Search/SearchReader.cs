namespace VirtualSchool.Portal.Core.Search;

/// <summary>Who is searching, which decides what may be found at all (results, snippets, counts and suggestions).</summary>
public sealed record SearchReader
{
    private SearchReader(bool seesEverything, IReadOnlySet<string> groups)
    {
        SeesEverything = seesEverything;
        Groups = groups;
    }

    /// <summary>A back-office user: every document of the index, restricted or not.</summary>
    public bool SeesEverything { get; }

    /// <summary>The member groups of a signed-in member; empty for the public.</summary>
    public IReadOnlySet<string> Groups { get; }

    /// <summary>Anyone: only documents with no <see cref="SearchDocument.AllowedGroups"/>.</summary>
    public static SearchReader Public { get; } = new(false, new HashSet<string>());

    public static SearchReader BackOffice { get; } = new(true, new HashSet<string>());

    /// <summary>A member: public documents and those allowed to one of the member's groups.</summary>
    public static SearchReader Member(IEnumerable<string> groups) =>
        new(false, new HashSet<string>(groups, StringComparer.OrdinalIgnoreCase));
}
