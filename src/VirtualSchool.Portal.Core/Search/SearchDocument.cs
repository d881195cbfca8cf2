namespace VirtualSchool.Portal.Core.Search;

/// <summary>
/// One thing a search can find, as a populator hands it to the index: the words to match and what a result shows.
/// The index stores it whole; searches filter on <see cref="Kind"/>, <see cref="Audiences"/> and
/// <see cref="AllowedGroups"/>, and match the words of <see cref="Title"/> (weighted) and <see cref="Text"/>.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Unique in its index: <c>content:{key}</c>, <c>media:{key}</c>, <c>session:{key}</c>, <c>member:{key}</c>.</summary>
    public required string Id { get; init; }

    public required SearchKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>Where a result links: the page's route, the file's URL, or the back-office editor's address.</summary>
    public string? Url { get; init; }

    /// <summary>The part of the site it belongs to, shown under the title (the top-level page below home: "Schools").</summary>
    public string? Section { get; init; }

    /// <summary>The words to find it by, as plain text (no markup): every property's text, or a document's text.</summary>
    public string Text { get; init; } = "";

    /// <summary>The date shown and sorted by (UTC): last published, or a file's last update.</summary>
    public DateTime? Date { get; init; }

    /// <summary>Who it is for, in the site's words ("Designated teachers", "Foster carers"); a search may filter by one.</summary>
    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>Null when anyone may read it; otherwise the member groups that may (an empty set: no member may).</summary>
    public IReadOnlySet<string>? AllowedGroups { get; init; }

    /// <summary>A document's size in bytes.</summary>
    public long? Bytes { get; init; }

    /// <summary>A document's format in words ("PDF", "Word document").</summary>
    public string? Format { get; init; }

    /// <summary>
    /// The thing that owns it, so every document of that owner can be removed at once: a course's key for its sessions,
    /// a page's key for the page. Null when it is its own owner.
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>Stored, never searched: whatever a result screen needs beyond the above (a draft's state, an editor's address).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
