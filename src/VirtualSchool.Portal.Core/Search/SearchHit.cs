namespace VirtualSchool.Portal.Core.Search;

/// <summary>One result: what the document said of itself, and a snippet of its text around the matched words.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required SearchKind Kind { get; init; }
    public required string Title { get; init; }
    public string? Url { get; init; }
    public string? Section { get; init; }
    public DateTime? Date { get; init; }
    public long? Bytes { get; init; }
    public string? Format { get; init; }
    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>
    /// HTML: the text around the matched words, every character of the document's text encoded, the matched words in
    /// <c>&lt;mark&gt;</c>. Safe to write as it is. Empty when the match was in the title alone.
    /// </summary>
    public string SnippetHtml { get; init; } = "";

    public float Score { get; init; }

    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
