namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>A term's figures after suppression, in the catalogue's order (measures, then groups).</summary>
public sealed record SuppressedTerm(Guid Key, BoardTermId Term, int Version, string? Commentary, bool IsExample, DateTimeOffset? PublishedUtc, IReadOnlyList<ShownFigure> Figures)
{
    public ShownFigure? Find(string measure, string group = BoardGroups.All) =>
        Figures.FirstOrDefault(f => string.Equals(f.Measure.Code, measure, StringComparison.OrdinalIgnoreCase)
            && string.Equals(f.Group.Code, group, StringComparison.OrdinalIgnoreCase));
}
