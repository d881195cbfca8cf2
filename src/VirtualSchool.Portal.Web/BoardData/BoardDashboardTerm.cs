using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// What the Board's dashboard shows for one published term: the term and the earlier published terms, all after
/// suppression (no raw figure reaches a view or a download), the "what changed" sentences and the terms to move between.
/// </summary>
/// <param name="Current">The term shown.</param>
/// <param name="History">Published terms up to and including <paramref name="Current"/>, oldest first (the trend charts).</param>
/// <param name="Previous">The published term before <paramref name="Current"/>, which the summary compares with; null for the first.</param>
/// <param name="Changes">The "what changed since last term" sentences (<see cref="BoardTermChanges"/>, from the two suppressed terms).</param>
/// <param name="Terms">Every published term, newest first.</param>
public sealed record BoardDashboardTerm(
    SuppressedTerm Current,
    IReadOnlyList<SuppressedTerm> History,
    SuppressedTerm? Previous,
    IReadOnlyList<string> Changes,
    IReadOnlyList<BoardTermId> Terms,
    SuppressionRules Rules)
{
    /// <summary>How many terms the trend charts go back, this one included.</summary>
    public const int TrendTerms = 6;

    /// <summary>The measure's rows this term, in the catalogue's group order.</summary>
    public IReadOnlyList<ShownFigure> Rows(BoardMeasure measure) =>
        BoardGroups.Known.Select(g => Current.Find(measure.Code, g.Code)).OfType<ShownFigure>().ToList();

    /// <summary>The "all children" row of the measure in each term of the trend (null where a term has none).</summary>
    public IReadOnlyList<(BoardTermId Term, ShownFigure? Figure)> Trend(BoardMeasure measure) =>
        History.TakeLast(TrendTerms).Select(t => (t.Term, t.Find(measure.Code))).ToList();

    /// <summary>The catalogue's measures by theme, each theme with the measures this term has a row for.</summary>
    public IReadOnlyList<IGrouping<string, BoardMeasure>> Themes =>
        BoardMeasures.All.Where(m => Rows(m).Count > 0).GroupBy(m => m.Theme).ToList();
}
