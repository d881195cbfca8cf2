using System.Text;
using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>An attachment as a mail client would save it.</summary>
public sealed record ReceivedAttachment(string FileName, string ContentType, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}

/// <summary>
/// A received message read the way a mail client reads it (headers, MIME parts, quoted-printable and base64
/// decoded), so tests assert on what the reader sees rather than on the wire encoding.
/// </summary>
public sealed partial class ReceivedMail
{
    private ReceivedMail(string raw, Dictionary<string, string> headers)
    {
        Raw = raw;
        Headers = headers;
    }

    public string Raw { get; }
    public IReadOnlyDictionary<string, string> Headers { get; }
    public string Subject => DecodeWords(Headers.GetValueOrDefault("subject") ?? "");
    public string To => Headers.GetValueOrDefault("to") ?? "";
    public string? MessageId => Headers.GetValueOrDefault("message-id");
    public string? Text { get; private set; }
    public string? Html { get; private set; }
    public List<ReceivedAttachment> Attachments { get; } = [];

    public static ReceivedMail Parse(string raw)
    {
        var (headers, body) = Split(raw);
        var mail = new ReceivedMail(raw, headers);
        mail.Walk(headers, body);
        return mail;
    }

    private void Walk(Dictionary<string, string> headers, string body)
    {
        var contentType = headers.GetValueOrDefault("content-type") ?? "text/plain";
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = Parameter(contentType, "boundary") ?? throw new FormatException("multipart without a boundary");
            var parts = body.Split("--" + boundary);
            foreach (var part in parts.Skip(1))
            {
                if (part.StartsWith("--", StringComparison.Ordinal))
                {
                    break;
                }

                var (partHeaders, partBody) = Split(part.TrimStart('\r', '\n'));
                Walk(partHeaders, partBody);
            }

            return;
        }

        var bytes = Decode(headers.GetValueOrDefault("content-transfer-encoding"), body);
        var disposition = headers.GetValueOrDefault("content-disposition") ?? "";
        var fileName = Parameter(disposition, "filename") ?? Parameter(contentType, "name");
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (fileName is not null || disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            Attachments.Add(new ReceivedAttachment(DecodeWords(fileName ?? ""), mediaType, bytes));
        }
        else if (mediaType == "text/html" && Html is null)
        {
            Html = Encoding.UTF8.GetString(bytes);
        }
        else if (mediaType == "text/plain" && Text is null)
        {
            Text = Encoding.UTF8.GetString(bytes);
        }
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = normalised.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? normalised : normalised[..end];
        var body = end < 0 ? "" : normalised[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }

        return (headers, body);
    }

    private static byte[] Decode(string? encoding, string body)
    {
        switch (encoding?.Trim().ToLowerInvariant())
        {
            case "base64":
                return Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))));
            case "quoted-printable":
                var joined = body.Replace("=\n", "", StringComparison.Ordinal);
                var output = new List<byte>(joined.Length);
                for (var i = 0; i < joined.Length; i++)
                {
                    if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
                    {
                        output.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                        i += 2;
                    }
                    else
                    {
                        output.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
                    }
                }

                return output.ToArray();
            default:
                return Encoding.UTF8.GetBytes(body);
        }
    }

    private static string? Parameter(string header, string name)
    {
        var match = Regex.Match(header, $@"(?:^|;)\s*{name}\*?=(?:""(?<v>[^""]*)""|(?<v>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static string DecodeWords(string text) =>
        EncodedWord().Replace(text, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups["charset"].Value);
            var value = m.Groups["value"].Value;
            if (m.Groups["enc"].Value.Equals("B", StringComparison.OrdinalIgnoreCase))
            {
                return charset.GetString(Convert.FromBase64String(value));
            }

            return charset.GetString(Decode("quoted-printable", value.Replace('_', ' ')));
        }).Replace("?= =?", "", StringComparison.Ordinal);

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<enc>[BbQq])\?(?<value>[^?]*)\?=\s*")]
    private static partial Regex EncodedWord();
}
