using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VirtualSchool.Portal.Infrastructure.BoardData.Import;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>Reading an upload as .xlsx or .csv: what spreadsheets produce is read, anything else is refused with a reason.</summary>
[Trait("Category", "Unit")]
public sealed class ImportReaderTests
{
    [Fact]
    public void A_csv_with_a_byte_order_mark_quoted_cells_and_CRLF_is_read_with_spreadsheet_row_numbers()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Measure,Group,Count,Cohort,Value,National,Name\r\nsuspensions,all,12,,,,\"Pupils, \"\"suspended\"\"\nthis term\"\r\nbad,all,1,,,,\r\n")).ToArray();

        var result = BoardFileReader.Check(new MemoryStream(bytes), "figures.CSV");

        Assert.StartsWith("Row 3, column measure:", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xlsx_template_filled_in_is_read_with_numbers_as_typed()
    {
        var bytes = FillIn(BoardTemplateWorkbook.Write(), ("attendance", "all", [null, "148", "91.2", "90.1"]), ("suspensions", "girls", ["3", null, null, null]));

        var errors = new List<BoardImportError>();
        var sheet = BoardFileReader.Read(new MemoryStream(bytes), "template.xlsx", errors);
        var result = BoardFileValidator.Validate(sheet!);

        Assert.Empty(errors);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(91.2m, Assert.Single(result.Figures, f => f.Measure == "attendance").Value);
        Assert.Equal(3, Assert.Single(result.Figures, f => f.Measure == "suspensions").Count);
    }

    [Theory]
    [InlineData("figures.pdf", "PK\u0003\u0004", "must be the template as an .xlsx workbook or a .csv file")]
    [InlineData("figures.xlsx", "measure,group\n", "is not an Excel workbook")]
    [InlineData("figures.csv", "PK\u0003\u0004rest", "is not a CSV file")]
    [InlineData("figures.xlsx", "PK\u0003\u0004 not really a zip", "is not an Excel workbook that can be read")]
    [InlineData("figures.csv", "", "The file is empty")]
    [InlineData("figures.csv", "measure,group,count,cohort,value,national\n\"suspensions,all,1\n", "quoted cell is not closed")]
    public void A_file_that_is_not_the_template_is_refused_with_a_reason(string name, string content, string message)
    {
        var result = BoardFileReader.Check(new MemoryStream(Encoding.Latin1.GetBytes(content)), name);

        Assert.Contains(message, Assert.Single(result.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_that_is_not_UTF8_is_refused_with_how_to_save_it()
    {
        var result = BoardFileReader.Check(new MemoryStream([.. Encoding.UTF8.GetBytes("measure,group\nsuspensions,"), 0xA3, 0xFF]), "figures.csv");

        Assert.Contains("CSV UTF-8", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
    }

    /// <summary>The template with numbers typed (as Excel stores them: number cells) into the rows for these measures and groups.</summary>
    private static byte[] FillIn(byte[] template, params (string Measure, string Group, string?[] Cells)[] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            foreach (var row in part.Worksheet.Descendants<Row>().Skip(1))
            {
                var cells = row.Elements<Cell>().Select(c => c.InnerText).ToList();
                var filled = rows.FirstOrDefault(r => r.Measure == cells[0] && r.Group == cells[1]);
                if (filled.Measure is null)
                {
                    continue;
                }

                var name = row.Elements<Cell>().Last();
                for (var i = 0; i < filled.Cells.Length; i++)
                {
                    if (filled.Cells[i] is { } value)
                    {
                        name.InsertBeforeSelf(new Cell { CellReference = $"{(char)('C' + i)}{row.RowIndex}", CellValue = new CellValue(value), DataType = CellValues.Number });
                    }
                }
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
