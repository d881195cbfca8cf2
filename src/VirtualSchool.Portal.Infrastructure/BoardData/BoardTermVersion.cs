namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>One uploaded version of a term, for its history: when, by whom, from which file, how many figures.</summary>
public sealed record BoardTermVersion(int Version, DateTimeOffset SavedUtc, string? SavedBy, string? FileName, int FigureCount, bool HasCommentary);
