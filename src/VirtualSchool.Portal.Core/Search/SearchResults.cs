namespace VirtualSchool.Portal.Core.Search;

/// <summary>A page of results with the counts a results screen shows, all limited to what the reader may find.</summary>
public sealed record SearchResults
{
    /// <summary>Every match for the text, kinds and audience (not just this page).</summary>
    public required int Total { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    /// <summary>Matches of the text by kind, ignoring the kinds asked for (the kind filter's counts).</summary>
    public IReadOnlyDictionary<SearchKind, int> KindCounts { get; init; } = new Dictionary<SearchKind, int>();

    /// <summary>Matches of the text and kinds by audience, ignoring the audience asked for (the audience filter's counts).</summary>
    public IReadOnlyDictionary<string, int> AudienceCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// When the text found little or nothing: the text with its misspelt words replaced by the nearest words of what the
    /// reader may find ("Did you mean"). Null when there is no better spelling.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>False while the index is being built for the first time or rebuilt: results may be missing (say so).</summary>
    public bool Complete { get; init; } = true;
}
