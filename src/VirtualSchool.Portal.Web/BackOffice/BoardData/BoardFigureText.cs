using System.Globalization;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>A raw figure's cells as the data officer's screens write them (en-GB: "91.2%", "£130,240").</summary>
public static class BoardFigureText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string MeasureName(BoardFigure figure) => BoardMeasures.Find(figure.Measure)?.Name ?? figure.Measure;

    public static string GroupName(BoardFigure figure) => BoardGroups.Find(figure.Group)?.Name ?? figure.Group;

    public static string Whole(int? value) => value?.ToString("N0", Uk) ?? "";

    public static string Value(BoardFigure figure) => Number(BoardMeasures.Find(figure.Measure)?.Kind, figure.Value);

    public static string National(BoardFigure figure) => figure.National is { } national ? Number(BoardMeasures.Find(figure.Measure)?.Kind, national) : "";

    private static string Number(MeasureKind? kind, decimal value) => kind switch
    {
        MeasureKind.Percentage or MeasureKind.Rate => value.ToString("0.0", Uk) + "%",
        MeasureKind.Money => "£" + value.ToString("N0", Uk),
        MeasureKind.Average => value.ToString("0.0", Uk),
        _ => value.ToString("N0", Uk),
    };
}
