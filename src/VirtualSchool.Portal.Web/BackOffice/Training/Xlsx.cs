using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VirtualSchool.Portal.Web.BackOffice.Training;

/// <summary>
/// A one-sheet .xlsx written with OpenXml (the package the project brief's STACK.md, outside this repository,
/// names). Every cell is an inline string, never a formula, so text a booker typed cannot run in the
/// coordinator's spreadsheet.
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(header));
            foreach (var row in rows)
            {
                data.Append(Row(row));
            }

            worksheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<string?> cells)
    {
        var row = new Row();
        foreach (var value in cells)
        {
            row.Append(new Cell
            {
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Defuse(Clean(value ?? ""))) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    // Cells are never formulas here, but a reader may copy one into a formula bar or save the sheet as CSV:
    // the same guard as the CSV export (OWASP's CSV injection advice).
    private static string Defuse(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    // XML 1.0 cannot carry most control characters; a spreadsheet cell has no use for them.
    private static string Clean(string value) => new(value.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray());
}
