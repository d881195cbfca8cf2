using System.Text;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>
/// The upload template: a header row, then a row for every measure and group with the measure and group filled in and
/// a name saying which columns that kind of measure needs. Rows left without figures are left out on upload.
/// </summary>
public static class BoardTemplate
{
    public const string CsvFileName = "board-data-template.csv";
    public const string XlsxFileName = "board-data-template.xlsx";

    public static readonly IReadOnlyList<string> Header =
        [BoardColumns.Measure, BoardColumns.Group, BoardColumns.Count, BoardColumns.Cohort, BoardColumns.Value, BoardColumns.National, BoardColumns.Name];

    /// <summary>The template's rows (measure, group, name), in the catalogue's order.</summary>
    public static IEnumerable<(BoardMeasure Measure, BoardGroup Group, string Name)> Rows() =>
        from measure in BoardMeasures.All
        from g in BoardGroups.Known
        select (measure, g, $"{measure.Name}: {g.Name.ToLowerInvariant()} (give {Needs(measure)})");

    /// <summary>The columns a kind of measure needs, in words.</summary>
    public static string Needs(BoardMeasure measure) => measure.Kind switch
    {
        MeasureKind.Count => "count; cohort optional",
        MeasureKind.Percentage => "count and cohort; value is worked out",
        MeasureKind.Rate => "value as a percentage and cohort",
        MeasureKind.Average => "value (average score) and cohort",
        _ => "value in pounds; cohort optional",
    } + (measure.HasNational ? "; national if published" : "");

    /// <summary>The CSV template, UTF-8 with a byte order mark so that spreadsheets open it as UTF-8.</summary>
    public static byte[] Csv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var (measure, group, name) in Rows())
        {
            text.Append(measure.Code).Append(',').Append(group.Code).Append(",,,,,").Append(Quote(name)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A CSV file of these figures in the template's shape (the example terms are imported through it).</summary>
    public static string Csv(IEnumerable<BoardFigure> figures)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var f in figures)
        {
            var kind = BoardMeasures.Find(f.Measure)?.Kind;
            var value = kind is MeasureKind.Count or MeasureKind.Percentage ? "" : Invariant(f.Value);
            text.Append(string.Join(',', f.Measure, f.Group, Invariant(f.Count), Invariant(f.Cohort), value, Invariant(f.National), "")).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Invariant(IFormattable? value) => value?.ToString(null, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
