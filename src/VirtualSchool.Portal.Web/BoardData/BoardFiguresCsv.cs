using System.Globalization;
using System.Text;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// A term's suppressed figures as .csv, one row per measure and group: <c>c</c> in every withheld cell, plain numbers
/// otherwise (so a spreadsheet can chart them), and whether the figures are made-up examples on every row.
/// </summary>
public static class BoardFiguresCsv
{
    public static readonly string[] Columns =
        ["term", "measure", "measure_name", "theme", "group", "group_name", "count", "cohort", "value", "national", "example"];

    public static byte[] Write(SuppressedTerm term)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var row in term.Figures)
        {
            string[] cells =
            [
                term.Term.ToString(), row.Measure.Code, row.Measure.Name, row.Measure.Theme, row.Group.Code, row.Group.Name,
                Cell(row.Count), Cell(row.Cohort), Cell(row.Value), Number(row.National), term.IsExample ? "yes" : "no",
            ];
            csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }

        // UTF-8 with its mark, so spreadsheets read the pound sign and names as they are.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(ShownCell cell) => cell.IsSuppressed ? ShownCell.SuppressedSymbol : Number(cell.Value);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Quoted when it must be; a text starting with a formula character is prefixed so a spreadsheet never runs it.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
