using System.Text;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>
/// Reads a comma-separated file (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks; rows numbered as a spreadsheet numbers them) in UTF-8, with or
/// without a byte order mark, as spreadsheets save it. The first line is the header.
/// </summary>
public static class CsvSheetReader
{
    public static BoardSheet? Read(Stream stream, List<BoardImportError> errors)
    {
        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new BoardImportError(null, null, "The file could not be read: save it as CSV UTF-8 (comma delimited), or upload the .xlsx template"));
            return null;
        }

        var lines = Split(text, errors);
        if (lines is null)
        {
            return null;
        }

        if (lines.Count == 0 || lines[0].Cells.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new BoardImportError(null, null, "The file is empty: its first row must be the template's header"));
            return null;
        }

        return BoardSheet.From(lines[0].Cells, lines.Skip(1).Select(l => (l.Number, l.Cells)));
    }

    private static List<(int Number, IReadOnlyList<string> Cells)>? Split(string text, List<BoardImportError> errors)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    rows.Add((rows.Count + 1, cells));
                    cells = [];
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            errors.Add(new BoardImportError(rows.Count + 1, null, "A quoted cell is not closed: check the quotation marks on this row"));
            return null;
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((rows.Count + 1, cells));
        }

        return rows;
    }
}
