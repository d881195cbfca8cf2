using System.Globalization;
using System.Text;

namespace VirtualSchool.Portal.Core.Email;

/// <summary>
/// The one check for an email address typed into any form (booking, member invitation and email change, back
/// office invitation): it accepts only what the portal's mailer can deliver. That is an RFC 5321 mailbox of
/// dot-separated atoms (letters beyond ASCII allowed before the @, sent with SMTPUTF8) at a domain name
/// (internationalised names allowed, sent as punycode). Quoted local parts, comments, display names, IP
/// literals and single-label domains parse as addresses but cannot be sent to by a relay, so they are refused
/// here, with a message that says what to change, rather than failing in the outbox later.
/// </summary>
public static class DeliverableAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalOctets = 64;
    private const string Specials = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>Null when mail can be sent to <paramref name="address"/> (already trimmed), else what is wrong, for the person.</summary>
    public static string? Problem(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Length > MaxLength)
        {
            return $"Email address must be {MaxLength} characters or fewer";
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "Enter an email address in the correct format, like name@example.com";
        }

        var local = address[..at];
        var domain = address[(at + 1)..];
        if (!IsDotAtom(local) || Encoding.UTF8.GetByteCount(local) > MaxLocalOctets)
        {
            return "The part before the @ can only contain letters, numbers, full stops and symbols such as - _ + (no quotation marks, spaces or two full stops together)";
        }

        if (AsciiDomain(domain) is null)
        {
            return "The part after the @ must be a domain name, like example.com";
        }

        return null;
    }

    public static bool IsDeliverable(string address) => Problem(address) is null;

    /// <summary>Whether sending to the address needs a server that offers SMTPUTF8 (letters beyond ASCII before the @).</summary>
    public static bool NeedsSmtpUtf8(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        return address[..Math.Max(at, 0)].Any(c => c > 127);
    }

    private static bool IsDotAtom(string local) =>
        local.Split('.').All(atom => atom.Length > 0 && atom.All(IsAtomChar));

    private static bool IsAtomChar(char c) =>
        c < 128
            ? char.IsAsciiLetterOrDigit(c) || Specials.Contains(c, StringComparison.Ordinal)
            // RFC 6531: UTF-8 letters and their marks; no spaces, punctuation look-alikes or invisible characters.
            : char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string? AsciiDomain(string domain)
    {
        if (domain.StartsWith('[') || domain.EndsWith('.'))
        {
            return null;
        }

        string ascii;
        try
        {
            ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = ascii.Split('.');
        return ascii.Length <= 253 && labels.Length >= 2 && labels.All(l => l.Length is > 0 and <= 63) && !labels[^1].All(char.IsAsciiDigit)
            ? ascii
            : null;
    }
}
