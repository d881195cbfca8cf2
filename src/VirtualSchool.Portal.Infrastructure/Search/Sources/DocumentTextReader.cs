using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// Reads the words of a document for search: <c>.docx</c> (the OpenXml package's main part, read as a stream of XML)
/// and <c>.pdf</c> (PdfPig). Files come from editors and may be broken, encrypted, huge or made to explode when
/// unzipped: every limit here gives no text (or the text so far), never an error, so one bad file cannot stop a rebuild.
/// </summary>
public sealed class DocumentTextReader(ILogger<DocumentTextReader> logger)
{
    /// <summary>Files larger than this are not read (their name still is).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>A .docx whose parts unzip to more than this in all is not read (a zip bomb).</summary>
    public long MaxUnzippedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>A .docx part that unzips to more than this many times its packed size is not read.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Characters of text kept from one document.</summary>
    public int MaxChars { get; init; } = 1_000_000;

    /// <summary>PDF pages read at most.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Time one document may take.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The formats it reads, by extension (no dot, any case), in words as a result shows them.</summary>
    public static string? FormatOf(string? extension) => extension?.Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "docx" => "Word document",
        "pdf" => "PDF",
        _ => null,
    };

    /// <summary>The text of a file; empty when it cannot be read or is beyond a limit.</summary>
    public string Read(string path, string extension)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxFileBytes)
            {
                return "";
            }

            var deadline = DateTime.UtcNow + MaxTime;
            return FormatOf(extension) switch
            {
                "Word document" => ReadDocx(path, deadline),
                "PDF" => ReadPdf(path, deadline),
                _ => "",
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Broken, encrypted or hostile files give no text: the item is still found by its name.
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(e, "No search text from {File}: {Reason}", Path.GetFileName(path), e.Message);
            }

            return "";
        }
    }

    private string ReadDocx(string path, DateTime deadline)
    {
        // The package's sizes are checked before OpenXml unzips anything: a zip bomb is refused unread.
        using (var zip = ZipFile.OpenRead(path))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnzippedBytes
                || zip.Entries.Any(e => e.CompressedLength > 0 && e.Length > 1024 * 1024 && e.Length / e.CompressedLength > MaxCompressionRatio))
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("No search text from {File}: it unzips beyond the limits", Path.GetFileName(path));
                }

                return "";
            }
        }

        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var main = document.MainDocumentPart;
        if (main is null)
        {
            return "";
        }

        // The body first, then headers, footers, footnotes and endnotes: their words are the document's words too.
        OpenXmlPart?[] parts = [main, .. main.HeaderParts, .. main.FooterParts, main.FootnotesPart, main.EndnotesPart];
        var text = new StringBuilder();
        foreach (var part in parts.OfType<OpenXmlPart>())
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            ReadWordXml(stream, text, deadline);
            if (text.Length >= MaxChars || DateTime.UtcNow > deadline)
            {
                break;
            }
        }

        return Cap(text);
    }

    private void ReadWordXml(Stream stream, StringBuilder text, DateTime deadline)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersFromEntities = 1024 };
        using var xml = XmlReader.Create(stream, settings);
        xml.Read();
        while (!xml.EOF && text.Length < MaxChars && DateTime.UtcNow <= deadline)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == W && xml.LocalName == "t")
            {
                // Reading the text moves to the node after it, which must not be skipped.
                text.Append(xml.ReadElementContentAsString());
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == W)
            {
                text.Append(xml.LocalName switch
                {
                    "tab" => " ",
                    "p" or "br" or "cr" or "tc" => "\n",
                    _ => "",
                });
            }

            xml.Read();
        }
    }

    private string ReadPdf(string path, DateTime deadline)
    {
        using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var text = new StringBuilder();
        var pages = Math.Min(pdf.NumberOfPages, MaxPages);
        for (var number = 1; number <= pages && text.Length < MaxChars && DateTime.UtcNow <= deadline; number++)
        {
            var page = pdf.GetPage(number);
            text.Append(string.Join(' ', page.GetWords().Select(w => w.Text))).Append('\n');
        }

        return Cap(text);
    }

    private string Cap(StringBuilder text) => (text.Length > MaxChars ? text.ToString(0, MaxChars) : text.ToString()).Trim();
}
