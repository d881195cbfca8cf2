namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>How a measure's headline figure for every child moved since the previous term.</summary>
public enum BoardTermChangeKind
{
    Rose = 1,
    Fell = 2,

    /// <summary>One of the two figures is withheld (<c>c</c>): no direction or size is given, as either would give it away.</summary>
    NotComparable = 3,
}
