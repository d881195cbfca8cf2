using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>
/// Reads the first worksheet of an Excel workbook: its first row is the header. Numbers are read as Excel stores them
/// (invariant, binary floating point) and written back as the shortest decimal, so 91.2 stays 91.2.
/// </summary>
public static class XlsxSheetReader
{
    /// <summary>More rows than any term needs (measures × groups): a bigger sheet is not a filled-in template.</summary>
    public const int MaxRows = 2000;

    public static BoardSheet? Read(Stream stream, List<BoardImportError> errors)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                errors.Add(new BoardImportError(null, null, "The workbook has no worksheet: upload the template with the term's figures in its first sheet"));
                return null;
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = ReadRows(sheet, strings);
            if (rows.Count > MaxRows + 1)
            {
                errors.Add(new BoardImportError(null, null, string.Create(CultureInfo.InvariantCulture, $"The worksheet has more than {MaxRows} rows: upload the template with one row for each measure and group")));
                return null;
            }

            if (rows.Count == 0 || rows[0].Cells.All(string.IsNullOrWhiteSpace))
            {
                errors.Add(new BoardImportError(null, null, "The worksheet is empty: its first row must be the template's header"));
                return null;
            }

            return BoardSheet.From(rows[0].Cells, rows.Skip(1));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            errors.Add(new BoardImportError(null, null, "The file is not an Excel workbook that can be read: download the .xlsx template, fill it in and upload it again"));
            return null;
        }
    }

    private static List<(int Number, IReadOnlyList<string> Cells)> ReadRows(WorksheetPart sheet, List<string> strings)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var next = 1;
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : next;
            next = number + 1;
            var cells = new List<string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                if (column > 50)
                {
                    continue;
                }

                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, strings));
                position = column + 1;
            }

            rows.Add((number, cells));
            if (rows.Count > MaxRows + 1)
            {
                break;
            }
        }

        return rows;
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) < 1e15)
        {
            return ((decimal)number).ToString(CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>"C7" → 2 (columns from 0).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 1000)
            {
                break;
            }
        }

        return index - 1;
    }
}
