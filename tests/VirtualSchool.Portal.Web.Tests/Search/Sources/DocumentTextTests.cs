using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using VirtualSchool.Portal.Infrastructure.Search.Sources;

namespace VirtualSchool.Portal.Web.Tests.Search.Sources;

/// <summary>The words of documents (built here), and the files that give none without an error.</summary>
[Trait("Category", "Unit")]
public sealed class DocumentTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vsp-doctext", Guid.NewGuid().ToString("N"))).FullName;
    private readonly DocumentTextReader _reader = new(NullLogger<DocumentTextReader>.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_Word_document_gives_its_body_header_and_footer_words()
    {
        var path = Path.Combine(_folder, "claims.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Pupil Premium Plus"))),
                new Paragraph(new Run(new Text("Schools claim the "), new Text("funding") { Space = SpaceProcessingModeValues.Preserve }), new Run(new TabChar(), new Text("each term.")))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new Run(new Text("Virtual School footer"))));
        }

        var text = _reader.Read(path, "docx");

        Assert.Contains("Pupil Premium Plus", text, StringComparison.Ordinal);
        Assert.Contains("Schools claim the funding each term.", text, StringComparison.Ordinal);
        Assert.Contains("Virtual School footer", text, StringComparison.Ordinal);
        Assert.Equal("Word document", DocumentTextReader.FormatOf(".DOCX"));
    }

    [Fact]
    public void A_PDF_gives_the_words_of_its_pages()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PdfPageSize.A4).AddText("Personal education plans", 12, new PdfPoint(50, 700), font);
        builder.AddPage(PdfPageSize.A4).AddText("Designated teacher checklist", 12, new PdfPoint(50, 700), font);
        var path = Path.Combine(_folder, "peps.pdf");
        File.WriteAllBytes(path, builder.Build());

        var text = _reader.Read(path, "pdf");

        Assert.Contains("Personal education plans", text, StringComparison.Ordinal);
        Assert.Contains("Designated teacher checklist", text, StringComparison.Ordinal);
        Assert.Equal("PDF", DocumentTextReader.FormatOf("pdf"));
    }

    [Theory]
    [InlineData("broken.docx", "docx", "not a zip at all")]
    [InlineData("encrypted.docx", "docx", "\u00d0\u00cf\u0011\u00e0 an OLE compound file, as Word writes an encrypted document")]
    [InlineData("broken.pdf", "pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")]
    [InlineData("empty.pdf", "pdf", "")]
    public void A_broken_or_encrypted_file_gives_no_text_and_no_error(string name, string extension, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, Encoding.Latin1);

        Assert.Equal("", _reader.Read(path, extension));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unzipped()
    {
        var path = Path.Combine(_folder, "bomb.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 8; i++)
            {
                stream.Write(spaces);
            }
        }

        Assert.Equal("", _reader.Read(path, "docx"));
        Assert.Equal("", new DocumentTextReader(NullLogger<DocumentTextReader>.Instance) { MaxUnzippedBytes = 1000, MaxCompressionRatio = int.MaxValue }.Read(path, "docx"));
    }

    [Fact]
    public void Files_beyond_the_size_limit_or_of_other_formats_give_no_text()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "plain words");

        Assert.Equal("", _reader.Read(path, "txt"));
        Assert.Null(DocumentTextReader.FormatOf("xlsx"));
        Assert.Equal("", new DocumentTextReader(NullLogger<DocumentTextReader>.Instance) { MaxFileBytes = 5 }.Read(path, "pdf"));
        Assert.Equal("", _reader.Read(Path.Combine(_folder, "missing.pdf"), "pdf"));
    }
}
