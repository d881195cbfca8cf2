using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace VirtualSchool.Portal.Core.Tests.Media;

/// <summary>Small but real files of every kind the media library accepts, and some it must not.</summary>
public static class SampleFiles
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
        + "trailer <</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Docx { get; } = Zip(
        ("[Content_Types].xml", ContentTypes("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("_rels/.rels", Relationships("word/document.xml")),
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Local offer</w:t></w:r></w:p></w:body></w:document>"));

    public static byte[] Xlsx { get; } = Zip(
        ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
        ("_rels/.rels", Relationships("xl/workbook.xml")),
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"));

    public static byte[] Pptx { get; } = Zip(
        ("[Content_Types].xml", ContentTypes("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")),
        ("_rels/.rels", Relationships("ppt/presentation.xml")),
        ("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>"));

    public static byte[] Odt { get; } = OpenDocument("application/vnd.oasis.opendocument.text");

    /// <summary>A zip of the right shape for an ODF spreadsheet, not a text document.</summary>
    public static byte[] Ods { get; } = OpenDocument("application/vnd.oasis.opendocument.spreadsheet");

    /// <summary>A zip with nothing an Office or OpenDocument file must hold.</summary>
    public static byte[] PlainZip { get; } = Zip(("notes.txt", "Just some notes."));

    public static byte[] Csv { get; } = Encoding.UTF8.GetBytes("School,Pupils\nSt Mary's,214\nÉcole Jean Jaurès,180\n");

    public static byte[] Text { get; } = Encoding.UTF8.GetBytes("Designated teacher guidance – café, naïve, 😀\n");

    /// <summary>UTF-16 (little-endian) text with its byte order mark: full of NUL bytes, and still text.</summary>
    public static byte[] Utf16Text { get; } = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Pupil premium plus\r\n")];

    /// <summary>A JPEG's start: SOI, a JFIF APP0 segment and EOI.</summary>
    public static byte[] Jpeg { get; } =
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xD9,
    ];

    /// <summary>A complete 1×1 white PNG (signature, IHDR, IDAT, IEND with their CRCs).</summary>
    public static byte[] Png { get; } = OnePixelPng();

    /// <summary>A complete 1×1 GIF.</summary>
    public static byte[] Gif { get; } =
    [
        (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00,
        0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00,
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>A complete 1×1 lossless WebP.</summary>
    public static byte[] WebP { get; } =
    [
        (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x1A, 0x00, 0x00, 0x00, (byte)'W', (byte)'E', (byte)'B', (byte)'P',
        (byte)'V', (byte)'P', (byte)'8', (byte)'L', 0x0D, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00,
    ];

    /// <summary>A RIFF file that is audio, not WebP.</summary>
    public static byte[] Wave { get; } = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WAVEfmt "u8];

    /// <summary>The start of a Windows program.</summary>
    public static byte[] Exe { get; } = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    public static byte[] Svg { get; } = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    public static byte[] Html { get; } = Encoding.UTF8.GetBytes("<!doctype html><script>alert(1)</script>");

    public static byte[] Named(string name) => name switch
    {
        nameof(Pdf) => Pdf,
        nameof(Docx) => Docx,
        nameof(Xlsx) => Xlsx,
        nameof(Pptx) => Pptx,
        nameof(Odt) => Odt,
        nameof(Ods) => Ods,
        nameof(PlainZip) => PlainZip,
        nameof(Csv) => Csv,
        nameof(Text) => Text,
        nameof(Utf16Text) => Utf16Text,
        nameof(Jpeg) => Jpeg,
        nameof(Png) => Png,
        nameof(Gif) => Gif,
        nameof(WebP) => WebP,
        nameof(Wave) => Wave,
        nameof(Exe) => Exe,
        nameof(Svg) => Svg,
        nameof(Html) => Html,
        "Empty" => [],
        "TextWithNul" => Encoding.UTF8.GetBytes("Looks like text\0but is not"),
        "Latin1" => [.. "Caf"u8, 0xE9, .. " au lait"u8],
        "BrokenZip" => [.. "PK\x03\x04"u8, .. Enumerable.Repeat((byte)0x55, 200)],
        "PlainText" => Encoding.UTF8.GetBytes("This is not a picture."),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                // ODF wants its mimetype stored, not compressed; Office does not mind either way.
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] OpenDocument(string mimeType) => Zip(
        ("mimetype", mimeType),
        ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body/></office:document-content>"),
        ("META-INF/manifest.xml", $"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{mimeType}\"/></manifest:manifest>"));

    private static string ContentTypes(string part, string contentType) =>
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"{part}\" ContentType=\"{contentType}\"/></Types>";

    private static string Relationships(string target) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{target}\"/></Relationships>";

    private static byte[] OnePixelPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 1);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 1);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([0x00, 0xFF, 0xFF, 0xFF]); // filter "none", then one white pixel
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
