namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>One version of one term's figures, with the data officer's commentary.</summary>
/// <param name="Version">1 for the first upload of the term; each later upload of the draft adds one.</param>
/// <param name="IsExample">Made-up figures (the seed): every screen and download says so.</param>
public sealed record BoardTermFigures(
    Guid Key,
    BoardTermId Term,
    BoardTermStatus Status,
    int Version,
    string? Commentary,
    bool IsExample,
    DateTimeOffset? PublishedUtc,
    IReadOnlyList<BoardFigure> Figures)
{
    /// <summary>The row for this measure and group, or null when the term has none.</summary>
    public BoardFigure? Find(string measure, string group = BoardGroups.All) =>
        Figures.FirstOrDefault(f => string.Equals(f.Measure, measure, StringComparison.OrdinalIgnoreCase)
            && string.Equals(f.Group, group, StringComparison.OrdinalIgnoreCase));
}
