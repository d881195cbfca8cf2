using System.Buffers;
using System.Globalization;
using System.Text;

namespace VirtualSchool.Portal.Core.Media;

/// <summary>Why an upload was accepted or refused.</summary>
public enum UploadStatus
{
    Accepted,
    EmptyFile,
    TooLarge,
    ExtensionNotAllowed,
    ContentDoesNotMatchExtension,
    NameNotAllowed,
}

/// <summary>The outcome of an upload check, with a message an editor can act on (empty when accepted).</summary>
public readonly record struct UploadCheck(UploadStatus Status, string Message)
{
    public static UploadCheck Accepted { get; } = new(UploadStatus.Accepted, "");

    public bool IsAccepted => Status == UploadStatus.Accepted;
}

/// <summary>
/// What the media library accepts: an allow-list of extensions, a size limit, leading bytes that must match
/// the extension, and file names made safe for a URL and any file system.
/// </summary>
public static class UploadRules
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="CheckContent"/> looks at.</summary>
    public const int HeadLength = 8 * 1024;

    public const int MaxFileNameLength = 100;

    private const string AllowedMessage = "The selected file must be a PDF, Word, Excel, PowerPoint, ODT, CSV, text or image file";

    private static readonly Dictionary<string, FileFormat> Formats = new(StringComparer.Ordinal)
    {
        ["pdf"] = new("PDF", IsImage: false, Signature.Pdf),
        ["docx"] = new("Word", IsImage: false, Signature.Zip, new ZipPackageRule("word/document.xml")),
        ["xlsx"] = new("Excel", IsImage: false, Signature.Zip, new ZipPackageRule("xl/workbook.xml")),
        ["pptx"] = new("PowerPoint", IsImage: false, Signature.Zip, new ZipPackageRule("ppt/presentation.xml")),
        ["odt"] = new("ODT", IsImage: false, Signature.Zip, new ZipPackageRule("mimetype", "application/vnd.oasis.opendocument.text")),
        ["csv"] = new("CSV", IsImage: false, Signature.Text),
        ["txt"] = new("Text", IsImage: false, Signature.Text),
        ["jpg"] = new("JPEG", IsImage: true, Signature.Jpeg),
        // The same format under its other common name; refusing it would only puzzle editors.
        ["jpeg"] = new("JPEG", IsImage: true, Signature.Jpeg),
        ["png"] = new("PNG", IsImage: true, Signature.Png),
        ["gif"] = new("GIF", IsImage: true, Signature.Gif),
        ["webp"] = new("WebP", IsImage: true, Signature.WebP),
    };

    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    private static readonly SearchValues<char> SafeChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    public static IReadOnlyCollection<string> AllowedExtensions => Formats.Keys;

    public static bool IsAllowed(string? extension) => extension is not null && Formats.ContainsKey(extension);

    public static bool IsImage(string? extension) => extension is not null && Formats.TryGetValue(extension, out var format) && format.IsImage;

    /// <summary>A short name for the format ("PDF", "Word", "PNG") to show beside a media item.</summary>
    public static string? FormatName(string? extension) =>
        extension is not null && Formats.TryGetValue(extension.ToLowerInvariant(), out var format) ? format.Name : null;

    /// <summary>The inner check for a zip-based format, or null when the format is not a zip.</summary>
    public static ZipPackageRule? PackageRule(string extension) =>
        Formats.TryGetValue(extension, out var format) ? format.Package : null;

    /// <summary>
    /// The lower-case extension of an uploaded file's name (without the dot), from its last path segment,
    /// or null when it has none.
    /// </summary>
    public static string? ExtensionOf(string? fileName)
    {
        var last = LastSegment(fileName).TrimEnd(' ', '.');
        var dot = last.LastIndexOf('.');
        return dot <= 0 || dot == last.Length - 1 ? null : last[(dot + 1)..].ToLowerInvariant();
    }

    /// <summary>The checks that need only the name: it must have one, and its extension must be allowed.</summary>
    public static UploadCheck CheckName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(LastSegment(fileName)))
        {
            return new(UploadStatus.NameNotAllowed, "The selected file must have a name");
        }

        return IsAllowed(ExtensionOf(fileName)) ? UploadCheck.Accepted : new(UploadStatus.ExtensionNotAllowed, AllowedMessage);
    }

    public static UploadCheck CheckSize(long length, long maxBytes) => length switch
    {
        <= 0 => new(UploadStatus.EmptyFile, "The selected file is empty"),
        _ when length > maxBytes => new(UploadStatus.TooLarge, $"The selected file must be smaller than {FileSizes.Format(maxBytes)}"),
        _ => UploadCheck.Accepted,
    };

    /// <summary>
    /// Whether a file's leading bytes (up to <see cref="HeadLength"/>) match its extension.
    /// <paramref name="wholeFile"/> says whether <paramref name="head"/> is the whole file, so that text cut
    /// in the middle of a character is not mistaken for bad text. Zip-based formats also need
    /// <see cref="PackageRule"/> checked.
    /// </summary>
    public static UploadCheck CheckContent(string extension, ReadOnlySpan<byte> head, bool wholeFile)
    {
        if (!Formats.TryGetValue(extension, out var format))
        {
            return new(UploadStatus.ExtensionNotAllowed, AllowedMessage);
        }

        var matches = format.Signature switch
        {
            Signature.Pdf => head.StartsWith("%PDF-"u8),
            Signature.Zip => head.StartsWith("PK\x03\x04"u8),
            Signature.Jpeg => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
            Signature.Png => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            Signature.Gif => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
            Signature.WebP => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
            Signature.Text => IsText(head, wholeFile),
            _ => false,
        };
        return matches ? UploadCheck.Accepted : ContentMismatch(extension);
    }

    public static UploadCheck ContentMismatch(string extension) =>
        new(UploadStatus.ContentDoesNotMatchExtension, $"The selected file's contents do not match its .{extension} extension");

    /// <summary>Every check in order: name, size, then contents.</summary>
    public static UploadCheck Check(string? fileName, long length, ReadOnlySpan<byte> head, long maxBytes)
    {
        var name = CheckName(fileName);
        if (!name.IsAccepted)
        {
            return name;
        }

        var size = CheckSize(length, maxBytes);
        return size.IsAccepted ? CheckContent(ExtensionOf(fileName)!, head, wholeFile: head.Length >= length) : size;
    }

    /// <summary>
    /// A name that is safe in a URL and on any file system: the last path segment only, accents dropped,
    /// lower case, spaces and anything else outside <c>a-z 0-9 - _ .</c> turned into hyphens, no leading or
    /// repeated dots, no Windows device names, at most <see cref="MaxFileNameLength"/> characters, with its
    /// extension kept. A name with nothing usable left becomes "file".
    /// </summary>
    public static string SafeFileName(string? fileName)
    {
        var extension = ExtensionOf(fileName);
        var last = LastSegment(fileName).TrimEnd(' ', '.');
        var stem = extension is null ? last : last[..^(extension.Length + 1)];

        var safeStem = Clean(stem);
        var safeExtension = extension is null ? "" : Clean(extension).Replace(".", "", StringComparison.Ordinal);

        // Windows treats "con.tar.gz" as the device too, so the part before the first dot is what counts.
        var firstPart = safeStem.Split('.')[0];
        if (ReservedNames.Contains(firstPart))
        {
            safeStem = firstPart + "-file" + safeStem[firstPart.Length..];
        }

        if (safeStem.Length == 0)
        {
            safeStem = "file";
        }

        var room = MaxFileNameLength - (safeExtension.Length == 0 ? 0 : safeExtension.Length + 1);
        if (room < 1)
        {
            // An absurdly long "extension" is not one worth keeping whole.
            safeExtension = safeExtension[..Math.Min(safeExtension.Length, 20)];
            room = MaxFileNameLength - safeExtension.Length - 1;
        }

        if (safeStem.Length > room)
        {
            safeStem = safeStem[..room].TrimEnd('-', '.', '_');
            safeStem = safeStem.Length == 0 ? "file" : safeStem;
        }

        return safeExtension.Length == 0 ? safeStem : $"{safeStem}.{safeExtension}";
    }

    private static string LastSegment(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return "";
        }

        // Browsers on Windows have sent the whole path ("C:\Users\x\report.pdf"); either separator counts.
        var cut = fileName.LastIndexOfAny(['/', '\\']);
        var last = cut < 0 ? fileName : fileName[(cut + 1)..];
        return string.Concat(last.Where(c => !char.IsControl(c))).Trim();
    }

    private static string Clean(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var next = SafeChars.Contains(lower) ? lower : '-';
            var previous = builder.Length == 0 ? '\0' : builder[^1];
            if ((next == '-' && previous == '-') || (next == '.' && previous == '.'))
            {
                continue;
            }

            builder.Append(next);
        }

        return builder.ToString().Trim('-', '.', '_');
    }

    /// <summary>
    /// Text is UTF-8 (a BOM is optional) or UTF-16 with a BOM, and holds no NUL character; binary files
    /// renamed to .txt or .csv fail here.
    /// </summary>
    private static bool IsText(ReadOnlySpan<byte> head, bool wholeFile)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return IsUtf16(head[2..], bigEndian: head[0] == 0xFE, wholeFile);
        }

        var rest = head;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData && !wholeFile)
            {
                // The head ends part-way through a character; the rest of the file holds its other bytes.
                return true;
            }

            if (status != OperationStatus.Done || rune.Value == 0)
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    private static bool IsUtf16(ReadOnlySpan<byte> body, bool bigEndian, bool wholeFile)
    {
        if (wholeFile && body.Length % 2 != 0)
        {
            return false;
        }

        var units = body.Length / 2;
        for (var i = 0; i < units; i++)
        {
            var unit = (char)(bigEndian ? (body[2 * i] << 8) | body[(2 * i) + 1] : body[2 * i] | (body[(2 * i) + 1] << 8));
            if (unit == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (i + 1 == units)
                {
                    return !wholeFile;
                }

                var low = (char)(bigEndian ? (body[2 * (i + 1)] << 8) | body[(2 * (i + 1)) + 1] : body[2 * (i + 1)] | (body[(2 * (i + 1)) + 1] << 8));
                if (!char.IsLowSurrogate(low))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(unit))
            {
                return false;
            }
        }

        return true;
    }

    private enum Signature
    {
        Pdf,
        Zip,
        Jpeg,
        Png,
        Gif,
        WebP,
        Text,
    }

    private sealed record FileFormat(string Name, bool IsImage, Signature Signature, ZipPackageRule? Package = null);
}
