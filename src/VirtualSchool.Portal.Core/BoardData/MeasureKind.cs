namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>What a measure's figure is, which says which of a row's columns it needs and how it is suppressed.</summary>
public enum MeasureKind
{
    /// <summary>A number of children (<c>count</c>; <c>cohort</c> optional, the children it is a part of). Value = count.</summary>
    Count,

    /// <summary>
    /// The percentage of a cohort: <c>count</c> of <c>cohort</c> children (both required, count ≤ cohort). Value =
    /// count ÷ cohort × 100, worked out on import (the file's <c>value</c> is left empty).
    /// </summary>
    Percentage,

    /// <summary>A rate given as a percentage (<c>value</c> 0–100, e.g. attendance: sessions attended) over <c>cohort</c> children.</summary>
    Rate,

    /// <summary>An average score over <c>cohort</c> children (<c>value</c>, e.g. Attainment 8, 0–90).</summary>
    Average,

    /// <summary>Pounds (<c>value</c>, e.g. Pupil Premium Plus spent), for <c>cohort</c> children when given.</summary>
    Money,
}
