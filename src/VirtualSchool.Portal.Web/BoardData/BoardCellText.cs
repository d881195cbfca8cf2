using System.Globalization;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// How a shown figure is written on every screen and download: <c>c</c> for a withheld cell, otherwise its value in
/// the measure's kind (a number of children, a percentage, an average score, pounds). Only ever given suppressed cells.
/// </summary>
public static class BoardCellText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The headline figure of a row in its kind: "92.0%", "45.2", "£12,300", "14", or <c>c</c>.</summary>
    public static string Value(ShownCell cell, MeasureKind kind) =>
        cell.IsSuppressed ? ShownCell.SuppressedSymbol : cell.Value is { } value ? Format(value, kind) : "";

    /// <summary>A number of children (a count or a cohort), or <c>c</c>.</summary>
    public static string Children(ShownCell cell) =>
        cell.IsSuppressed ? ShownCell.SuppressedSymbol : cell.Value is { } value ? value.ToString("#,0", Uk) : "";

    /// <summary>The national figure (public, never withheld), in the measure's kind.</summary>
    public static string National(decimal? national, MeasureKind kind) => national is { } value ? Format(value, kind) : "";

    public static string Format(decimal value, MeasureKind kind) => kind switch
    {
        MeasureKind.Percentage or MeasureKind.Rate => value.ToString("0.0", Uk) + "%",
        MeasureKind.Average => value.ToString("0.0", Uk),
        MeasureKind.Money => "£" + value.ToString("#,0", Uk),
        _ => value.ToString("#,0", Uk),
    };

    /// <summary>What the headline figure is, as a column heading.</summary>
    public static string ValueHeading(MeasureKind kind) => kind switch
    {
        MeasureKind.Percentage => "Percentage",
        MeasureKind.Rate => "Rate",
        MeasureKind.Average => "Average score",
        MeasureKind.Money => "Amount",
        _ => "Children",
    };
}
