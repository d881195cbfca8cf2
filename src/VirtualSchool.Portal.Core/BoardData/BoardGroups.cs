namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>The groups the upload template allows, in the order the dashboard shows them.</summary>
public static class BoardGroups
{
    public const string All = "all";

    public static readonly IReadOnlyList<BoardGroup> Known =
    [
        new(All, "All children", null),
        new("girls", "Girls", "Sex"),
        new("boys", "Boys", "Sex"),
        new("in-county", "Placed in the county", "Placement"),
        new("out-of-county", "Placed outside the county", "Placement"),
    ];

    /// <summary>The group with this code (case-insensitive), or null: an unknown group.</summary>
    public static BoardGroup? Find(string? code) =>
        Known.FirstOrDefault(g => string.Equals(g.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The breakdowns, each with its parts in order (every part adds up to <see cref="All"/>).</summary>
    public static IReadOnlyList<IGrouping<string, BoardGroup>> Breakdowns { get; } =
        Known.Where(g => g.Breakdown is not null).GroupBy(g => g.Breakdown!).ToList();
}
