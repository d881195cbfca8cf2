using System.Globalization;

namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// One term of one academic year: <c>Autumn term 2025/26</c>. Its slug (<c>2025-26-autumn</c>) is how addresses and
/// upload forms name it. Terms order by year, then term.
/// </summary>
public readonly record struct BoardTermId(int StartYear, SchoolTerm Term) : IComparable<BoardTermId>
{
    /// <summary>"2025/26".</summary>
    public string AcademicYear => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");

    /// <summary>"2025-26-autumn".</summary>
    public string Slug => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}-{Term.ToString().ToLowerInvariant()}");

    /// <summary>The term before this one (Summer of the year before Autumn).</summary>
    public BoardTermId Previous => Term == SchoolTerm.Autumn ? new(StartYear - 1, SchoolTerm.Summer) : new(StartYear, Term - 1);

    public int CompareTo(BoardTermId other) => (StartYear, (int)Term).CompareTo((other.StartYear, (int)other.Term));

    /// <summary>"Autumn term 2025/26".</summary>
    public override string ToString() => $"{Term} term {AcademicYear}";

    /// <summary>Reads a slug (<c>2025-26-autumn</c>); anything else, including a year that does not follow on, is refused.</summary>
    public static bool TryParse(string? slug, out BoardTermId id)
    {
        id = default;
        var parts = slug?.Split('-');
        if (parts is not { Length: 3 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || start is < 2000 or > 2100
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || parts[1].Length != 2 || end != (start + 1) % 100
            || !Enum.TryParse<SchoolTerm>(parts[2], ignoreCase: true, out var term)
            || !Enum.IsDefined(term) || parts[2].Any(char.IsDigit))
        {
            return false;
        }

        id = new BoardTermId(start, term);
        return true;
    }

    public static bool operator <(BoardTermId left, BoardTermId right) => left.CompareTo(right) < 0;

    public static bool operator >(BoardTermId left, BoardTermId right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoardTermId left, BoardTermId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoardTermId left, BoardTermId right) => left.CompareTo(right) >= 0;
}
