using System.IO.Compression;
using System.Text;
using System.Xml;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// A one-sheet .xlsx written row by row, so 100,000 entries never sit in memory: the sheet's XML goes through an
/// <see cref="XmlWriter"/> straight into a zip entry of a temporary file, deleted when the stream <see cref="Finish"/>
/// returns is closed. Not through OpenXml's package, as the training export is: System.IO.Packaging opens a zip it writes
/// in update mode and keeps every part in memory until it is closed (174 MiB more for 100,000 entries, measured by
/// bench/forms.sh), and OpenXml refuses a package opened write-only. The result is the same SpreadsheetML (the tests
/// read it with OpenXml). Cells are inline strings, never formulas, and defused as the CSV export's are.
/// </summary>
public sealed class FormEntriesXlsx : IDisposable
{
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly string _path = Path.Combine(Path.GetTempPath(), "vsp-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly XmlWriter _sheet;
    private bool _finished;

    public FormEntriesXlsx()
    {
        _file = new FileStream(_path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: true);
        _sheet = XmlWriter.Create(_zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), Settings);
        _sheet.WriteStartDocument(standalone: true);
        _sheet.WriteStartElement("worksheet", Main);
        _sheet.WriteStartElement("sheetData", Main);
    }

    public void WriteRow(IEnumerable<string?> cells)
    {
        _sheet.WriteStartElement("row", Main);
        foreach (var value in cells)
        {
            _sheet.WriteStartElement("c", Main);
            _sheet.WriteAttributeString("t", "inlineStr");
            _sheet.WriteStartElement("is", Main);
            _sheet.WriteStartElement("t", Main);
            _sheet.WriteAttributeString("xml", "space", null, "preserve");
            _sheet.WriteString(Defuse(Clean(value ?? "")));
            _sheet.WriteEndElement();
            _sheet.WriteEndElement();
            _sheet.WriteEndElement();
        }

        _sheet.WriteEndElement();
    }

    /// <summary>Closes the workbook and opens it for reading; the file goes when the stream is closed.</summary>
    public Stream Finish(string sheetName)
    {
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndDocument();
        _sheet.Dispose();
        Part("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypes);
            Element(xml, ContentTypes, "Default", ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
            Element(xml, ContentTypes, "Default", ("Extension", "xml"), ("ContentType", "application/xml"));
            Element(xml, ContentTypes, "Override", ("PartName", "/xl/workbook.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
            Element(xml, ContentTypes, "Override", ("PartName", "/xl/worksheets/sheet1.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        });
        Part("_rels/.rels", xml => Relationship(xml, OfficeRelationships + "/officeDocument", "xl/workbook.xml"));
        Part("xl/_rels/workbook.xml.rels", xml => Relationship(xml, OfficeRelationships + "/worksheet", "worksheets/sheet1.xml"));
        Part("xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
            xml.WriteStartElement("sheets", Main);
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", SheetName(sheetName));
            xml.WriteAttributeString("sheetId", "1");
            xml.WriteAttributeString("id", OfficeRelationships, "rId1");
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
        _zip.Dispose();
        _file.Dispose();
        _finished = true;
        return new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }

        _sheet.Dispose();
        _zip.Dispose();
        _file.Dispose();
        File.Delete(_path);
    }

    private void Part(string name, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(_zip.CreateEntry(name, CompressionLevel.Fastest).Open(), Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Relationship(XmlWriter xml, string type, string target)
    {
        xml.WriteStartElement("Relationships", Relationships);
        Element(xml, Relationships, "Relationship", ("Id", "rId1"), ("Type", type), ("Target", target));
    }

    private static void Element(XmlWriter xml, string ns, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
    }

    // Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var safe = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray()).Trim();
        return safe.Length == 0 ? "Sheet1" : safe.Length > 31 ? safe[..31] : safe;
    }

    // Cells are never formulas here, but a reader may copy one into a formula bar or save the sheet as CSV (OWASP's advice).
    private static string Defuse(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    // XML 1.0 cannot carry most control characters or a half of a surrogate pair; a spreadsheet cell has no use for them.
    private static string Clean(string value)
    {
        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                kept.Append(c).Append(value[++i]);
            }
            else if (!char.IsSurrogate(c) && (c is '\t' or '\n' or '\r' || !char.IsControl(c)) && XmlConvert.IsXmlChar(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
