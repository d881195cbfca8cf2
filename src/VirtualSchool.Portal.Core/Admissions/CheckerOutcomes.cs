namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>The outcomes as the back office's drop-down names them (its items), and back.</summary>
public static class CheckerOutcomes
{
    private static readonly IReadOnlyDictionary<string, CheckerOutcome> ByLabel = new Dictionary<string, CheckerOutcome>(StringComparer.OrdinalIgnoreCase)
    {
        ["Highest priority"] = CheckerOutcome.HighestPriority,
        ["Ask for advice"] = CheckerOutcome.AskForAdvice,
        ["Not the highest priority"] = CheckerOutcome.NotHighestPriority,
    };

    /// <summary>The drop-down's items, in the order the back office offers them.</summary>
    public static IReadOnlyList<string> Labels { get; } = ByLabel.Keys.ToList();

    public static CheckerOutcome? Parse(string? label) =>
        label is not null && ByLabel.TryGetValue(label.Trim(), out var outcome) ? outcome : null;

    public static string Label(CheckerOutcome outcome) => ByLabel.First(p => p.Value == outcome).Key;
}
