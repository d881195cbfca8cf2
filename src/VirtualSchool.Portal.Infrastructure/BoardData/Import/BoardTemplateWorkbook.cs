using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>The .xlsx template: the figures sheet (read on upload) first, then a guide to the measures (never read).</summary>
public static class BoardTemplateWorkbook
{
    public static byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var figures = BoardTemplate.Rows().Select(r => (IReadOnlyList<string>)[r.Measure.Code, r.Group.Code, "", "", "", "", r.Name]);
            AddSheet(workbook, sheets, 1, "Figures", BoardTemplate.Header, figures);

            var guide = BoardMeasures.All.Select(m => (IReadOnlyList<string>)[m.Code, m.Name, m.Theme, BoardTemplate.Needs(m), m.Description]);
            AddSheet(workbook, sheets, 2, "Measures", ["measure", "name", "theme", "give", "description"], guide);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 1;
        data.AppendChild(Row(number++, header));
        foreach (var row in rows)
        {
            data.AppendChild(Row(number++, row));
        }

        part.Worksheet = new Worksheet(data);
        part.Worksheet.Save();
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint number, IReadOnlyList<string> cells)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            row.AppendChild(new Cell
            {
                CellReference = $"{(char)('A' + i)}{number}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(cells[i])),
            });
        }

        return row;
    }
}
