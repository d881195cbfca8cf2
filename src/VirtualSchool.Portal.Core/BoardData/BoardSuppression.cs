namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// Turns a term's raw figures into what may be shown: primary suppression (<see cref="SuppressionRules"/>) and then
/// secondary suppression, so that no withheld cell can be worked out from totals, other groups or other columns.
/// </summary>
public static class BoardSuppression
{
    public static SuppressedTerm Apply(BoardTermFigures term, SuppressionRules rules) =>
        throw new NotImplementedException("Issue 15: the suppression engineer fills this in (see /work/notes/common15.md).");
}
