namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>Reads the Board's termly figures as stored: raw, unsuppressed. Whatever a Board member sees goes through <see cref="BoardSuppression"/> first.</summary>
public interface IBoardDataReader
{
    /// <summary>Every published term (its published version), oldest first.</summary>
    Task<IReadOnlyList<BoardTermFigures>> PublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>A term's latest version (the draft, or the published version once published), or null.</summary>
    Task<BoardTermFigures?> FindAsync(BoardTermId term, CancellationToken cancellationToken = default);
}
