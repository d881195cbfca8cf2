namespace VirtualSchool.Portal.Core.Search;

/// <summary>One index as the search dashboard shows it.</summary>
public sealed record SearchIndexStatus
{
    public required string Name { get; init; }
    public required SearchIndexHealth Health { get; init; }
    public required int DocumentCount { get; init; }
    /// <summary>The last change committed (UTC); null before the first.</summary>
    public DateTime? LastUpdated { get; init; }
    /// <summary>The folder the index lives in on this node.</summary>
    public required string Path { get; init; }
    /// <summary>While rebuilding: documents written so far, and the total when known.</summary>
    public int RebuildDone { get; init; }
    public int? RebuildTotal { get; init; }
    /// <summary>The last build's time, for the dashboard.</summary>
    public TimeSpan? LastRebuildDuration { get; init; }
    /// <summary>What went wrong, in words, when not healthy.</summary>
    public string? Problem { get; init; }
}
