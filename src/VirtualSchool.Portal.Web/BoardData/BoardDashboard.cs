using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// Reads the published terms and suppresses each one as it is read: what this returns, and so every page, chart and
/// download built from it, never holds a raw figure. Drafts are never shown to the Board.
/// </summary>
public static class BoardDashboard
{
    /// <summary>The published term named (or, without one, the latest), with its history; null when it is not published.</summary>
    public static async Task<BoardDashboardTerm?> LoadAsync(IBoardDataReader reader, SuppressionRules rules, BoardTermId? term, CancellationToken cancellationToken)
    {
        var published = (await reader.PublishedAsync(cancellationToken))
            .Where(t => t.Status == BoardTermStatus.Published)
            .OrderBy(t => t.Term)
            .ToList();
        var index = term is { } wanted ? published.FindIndex(t => t.Term == wanted) : published.Count - 1;
        if (index < 0)
        {
            return null;
        }

        var history = published.Take(index + 1).Select(t => BoardSuppression.Apply(t, rules)).ToList();
        var current = history[^1];
        var previous = history.Count > 1 ? history[^2] : null;
        return new BoardDashboardTerm(
            current,
            history,
            previous,
            previous is null ? [] : BoardTermChanges.Sentences(previous, current),
            published.Select(t => t.Term).Reverse().ToList(),
            rules);
    }
}
