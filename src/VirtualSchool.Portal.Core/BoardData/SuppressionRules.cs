namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// When a figure could identify a child (the GSS convention): a count from 1 to <see cref="MaximumSmallCount"/>, and a
/// rate, percentage or average whose cohort is under <see cref="MinimumCohort"/>, is shown as <c>c</c>. Zero is shown.
/// From configuration (<c>Portal:BoardData</c>).
/// </summary>
public sealed record SuppressionRules(int MaximumSmallCount = 5, int MinimumCohort = 10)
{
    public static SuppressionRules Default { get; } = new();
}
