using System.Globalization;
using System.Text;

namespace VirtualSchool.Portal.Core.Training;

/// <summary>
/// Writes an iCalendar file by hand, as RFC 5545 asks (no library can be installed here): CRLF line ends,
/// content lines folded at 75 octets without splitting a UTF-8 character, text values escaped, and the
/// times given in Europe/London with that zone's VTIMEZONE (GMT and BST, changing on the last Sundays of
/// March and October), so calendars show UK times across the clock change.
/// </summary>
public static class ICalendar
{
    public const string ContentType = "text/calendar; charset=utf-8; method=PUBLISH";
    private const string TimeZoneId = UkTime.ZoneId;

    public static byte[] Write(CalendarEvent e) => Encoding.UTF8.GetBytes(WriteText(e));

    public static string WriteText(CalendarEvent e)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Virtual School//Training bookings//EN",
            "CALSCALE:GREGORIAN",
            // PUBLISH even for a cancellation: METHOD:CANCEL is iTIP scheduling and needs an organiser and
            // attendees; a published event with the same UID, a higher SEQUENCE and STATUS:CANCELLED is what
            // calendar apps apply to an event imported from a file.
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:" + TimeZoneId,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:" + Escape(e.Uid),
            "DTSTAMP:" + e.StampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            $"DTSTART;TZID={TimeZoneId}:" + Local(e.StartsAtUtc),
            $"DTEND;TZID={TimeZoneId}:" + Local(e.EndsAtUtc),
            "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
            "SUMMARY:" + Escape(e.Summary),
        };
        if (!string.IsNullOrWhiteSpace(e.Description))
        {
            lines.Add("DESCRIPTION:" + Escape(e.Description));
        }

        if (!string.IsNullOrWhiteSpace(e.Location))
        {
            lines.Add("LOCATION:" + Escape(e.Location));
        }

        if (!string.IsNullOrWhiteSpace(e.Url))
        {
            lines.Add("URL:" + e.Url);
        }

        lines.Add(e.Cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        lines.Add("TRANSP:OPAQUE");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(Fold(line));
        }

        return builder.ToString();
    }

    /// <summary>RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as \n.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// RFC 5545 3.1: a line longer than 75 octets is split, each continuation starting with a space; the split
    /// never falls inside a UTF-8 sequence. Ends with CRLF.
    /// </summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder();
        var octets = 0;
        var limit = 75;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts towards the next line's 75
            }

            builder.Append(line, i, length);
            octets += size;
            i += length;
        }

        return builder.Append("\r\n").ToString();
    }

    private static string Local(DateTime utc) =>
        UkTime.FromUtc(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
