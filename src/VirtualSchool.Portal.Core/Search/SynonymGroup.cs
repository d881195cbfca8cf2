namespace VirtualSchool.Portal.Core.Search;

/// <summary>
/// Words and phrases that mean the same to the people who search ("PEP", "personal education plan"): a search for
/// any of them finds all of them. Editors keep the list in the back office.
/// </summary>
public sealed class SynonymGroup
{
    public int Id { get; set; }

    /// <summary>The terms, as typed: words or phrases, at least two, kept in the order given.</summary>
    public List<string> Terms { get; set; } = [];

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
