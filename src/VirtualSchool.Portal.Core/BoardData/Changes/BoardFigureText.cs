using System.Globalization;

namespace VirtualSchool.Portal.Core.BoardData.Changes;

/// <summary>A shown figure as a sentence writes it: 91.2%, 46.3 (a score), 17 (children), £120,000.</summary>
internal static class BoardFigureText
{
    public static string Format(MeasureKind kind, decimal value) => kind switch
    {
        MeasureKind.Percentage or MeasureKind.Rate => string.Create(CultureInfo.InvariantCulture, $"{value:0.0}%"),
        MeasureKind.Average => string.Create(CultureInfo.InvariantCulture, $"{value:0.0}"),
        MeasureKind.Money => string.Create(CultureInfo.InvariantCulture, $"£{value:N0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value:N0}"),
    };
}
