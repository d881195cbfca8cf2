namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>The template's columns, as its header row names them. Other columns (the template's <c>name</c>) are ignored on upload.</summary>
public static class BoardColumns
{
    public const string Measure = "measure";
    public const string Group = "group";
    public const string Count = "count";
    public const string Cohort = "cohort";
    public const string Value = "value";
    public const string National = "national";

    /// <summary>Read by people only: the measure's and group's names.</summary>
    public const string Name = "name";

    public static readonly IReadOnlyList<string> Required = [Measure, Group, Count, Cohort, Value, National];
}
