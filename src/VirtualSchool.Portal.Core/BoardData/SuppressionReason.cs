namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>Why a cell is shown as <c>c</c>, for the explanation beside it; <see cref="None"/> when it is shown.</summary>
public enum SuppressionReason
{
    None = 0,

    /// <summary>A count of 1 to 5 children (or a figure from which one could be worked out, such as a rate of a shown cohort).</summary>
    SmallCount,

    /// <summary>A rate, percentage or average of fewer than 10 children.</summary>
    SmallCohort,

    /// <summary>Hidden so that a suppressed cell cannot be worked out from a total or from the other cells.</summary>
    Secondary,
}
