using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// A one-sheet .xlsx written row by row with OpenXml's SAX writer (<see cref="OpenXmlWriter"/>), so 100,000 entries
/// never sit in memory: the package is written to a temporary file that is deleted when the stream returned by
/// <see cref="Finish"/> is closed (a zip package cannot be written to a response that cannot seek). Cells are inline
/// strings, never formulas, and defused as the CSV export's are.
/// </summary>
public sealed class FormEntriesXlsx : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "vsp-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private readonly WorkbookPart _workbook;
    private readonly WorksheetPart _sheet;
    private bool _finished;

    public FormEntriesXlsx()
    {
        _document = SpreadsheetDocument.Create(_path, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _sheet = _workbook.AddNewPart<WorksheetPart>();
        _writer = OpenXmlWriter.Create(_sheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
    }

    public void WriteRow(IEnumerable<string?> cells)
    {
        _writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            _writer.WriteElement(new Cell
            {
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Defuse(Clean(value ?? ""))) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        _writer.WriteEndElement();
    }

    /// <summary>Closes the workbook and opens it for reading; the file goes when the stream is closed.</summary>
    public Stream Finish(string sheetName)
    {
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.Close();
        _workbook.Workbook = new Workbook(new Sheets(new Sheet
        {
            Id = _workbook.GetIdOfPart(_sheet),
            SheetId = 1,
            Name = sheetName.Length > 31 ? sheetName[..31] : sheetName,
        }));
        _workbook.Workbook.Save();
        _document.Dispose();
        _finished = true;
        return new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }

        _writer.Dispose();
        _document.Dispose();
        File.Delete(_path);
    }

    // Cells are never formulas here, but a reader may copy one into a formula bar or save the sheet as CSV (OWASP's advice).
    private static string Defuse(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    // XML 1.0 cannot carry most control characters; a spreadsheet cell has no use for them.
    private static string Clean(string value) => value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        ? new string(value.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray())
        : value;
}
