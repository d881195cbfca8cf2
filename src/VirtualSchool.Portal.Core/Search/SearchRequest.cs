namespace VirtualSchool.Portal.Core.Search;

/// <summary>A search as a reader asks it. The text is words and "quoted phrases"; no query syntax reaches the engine.</summary>
public sealed record SearchRequest
{
    /// <summary>The longest text a search takes; longer text is refused (400) by the screens before it gets here.</summary>
    public const int MaxTextLength = 200;

    public const int MaxPageSize = 50;

    public required string Text { get; init; }

    /// <summary>Only these kinds; empty for every kind.</summary>
    public IReadOnlyCollection<SearchKind> Kinds { get; init; } = [];

    /// <summary>Only documents for this audience (one of <see cref="SearchDocument.Audiences"/>, any case); null for all.</summary>
    public string? Audience { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    public SearchReader Reader { get; init; } = SearchReader.Public;
}
