using VirtualSchool.Portal.Core.BoardData.Changes;

namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// The "what changed since last term" summary: a plain-English sentence for each measure whose figure for every child
/// moved enough to matter (<see cref="BoardChangeThreshold"/>), ordered by theme as the dashboard is. Built from two
/// suppressed terms only, never from raw figures: a change to or from <c>c</c> is "not comparable", without a
/// direction or a size, so the summary can say nothing a withheld cell would not.
/// </summary>
public static class BoardTermChanges
{
    /// <summary>Each line of the summary, in theme order.</summary>
    public static IReadOnlyList<BoardTermChange> Between(SuppressedTerm previous, SuppressedTerm current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var themes = BoardMeasures.All.Select(m => m.Theme).Distinct().ToList();
        var changes = new List<BoardTermChange>();
        foreach (var measure in BoardMeasures.All.OrderBy(m => themes.IndexOf(m.Theme)))
        {
            if (previous.Find(measure.Code) is { } before && current.Find(measure.Code) is { } now
                && Change(measure, before, now) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    /// <summary>The summary's sentences, in theme order (what the dashboard and the report print).</summary>
    public static IReadOnlyList<string> Sentences(SuppressedTerm previous, SuppressedTerm current) =>
        Between(previous, current).Select(c => c.Sentence).ToList();

    private static BoardTermChange? Change(BoardMeasure measure, ShownFigure before, ShownFigure now)
    {
        if (before.Value.IsSuppressed != now.Value.IsSuppressed)
        {
            return new BoardTermChange(measure, BoardTermChangeKind.NotComparable, Shown(before), Shown(now), now.National, null,
                $"{measure.Name} is not comparable with last term, as one of the two figures is withheld (c) so that no child can be identified.");
        }

        if (Shown(before) is not { } from || Shown(now) is not { } to || !BoardChangeThreshold.Matters(measure.Kind, from, to))
        {
            return null;
        }

        var kind = to > from ? BoardTermChangeKind.Rose : BoardTermChangeKind.Fell;
        bool? improved = measure.HigherIsBetter is { } higher ? higher == (kind == BoardTermChangeKind.Rose) : null;
        var sentence = $"{measure.Name} {(kind == BoardTermChangeKind.Rose ? "rose" : "fell")} from "
            + $"{BoardFigureText.Format(measure.Kind, from)} to {BoardFigureText.Format(measure.Kind, to)}"
            + (improved is { } better ? (better ? ", an improvement" : ", a change for the worse") : string.Empty)
            + (now.National is { } national ? $"; the national figure is {BoardFigureText.Format(measure.Kind, national)}." : ".");
        return new BoardTermChange(measure, kind, from, to, now.National, improved, sentence);
    }

    private static decimal? Shown(ShownFigure figure) => figure.Value.IsSuppressed ? null : figure.Value.Value;
}
