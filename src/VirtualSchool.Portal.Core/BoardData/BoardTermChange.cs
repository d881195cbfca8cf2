namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// One line of the "what changed since last term" summary: built only from shown cells of two
/// <see cref="SuppressedTerm"/>s, so <see cref="Previous"/> and <see cref="Current"/> are null wherever a figure is
/// withheld, and the <see cref="Sentence"/> never states, bounds or hints at a withheld value.
/// </summary>
/// <param name="Improved">True when the move is for the better (<see cref="BoardMeasure.HigherIsBetter"/>); null when neither or not comparable.</param>
public sealed record BoardTermChange(
    BoardMeasure Measure,
    BoardTermChangeKind Kind,
    decimal? Previous,
    decimal? Current,
    decimal? National,
    bool? Improved,
    string Sentence);
