using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>A checked file: its figures (in the catalogue's order) when it is valid, or every error found. Never both.</summary>
public sealed record BoardImportResult(IReadOnlyList<BoardFigure> Figures, IReadOnlyList<BoardImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public static BoardImportResult Failed(IReadOnlyList<BoardImportError> errors) => new([], errors);
}
