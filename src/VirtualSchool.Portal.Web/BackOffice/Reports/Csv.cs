using System.Text;

namespace VirtualSchool.Portal.Web.BackOffice.Reports;

/// <summary>
/// CSV as RFC 4180 writes it, safe to open in a spreadsheet: a cell that a spreadsheet would read as a formula
/// (one starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, as OWASP advises.
/// </summary>
public static class Csv
{
    /// <summary>UTF-8 with a byte-order mark, so that Excel reads accented names correctly.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Line(params IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
