using System.Text;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Core.Tests.Training;

[Trait("Category", "Unit")]
public sealed class ICalendarTests
{
    private static CalendarEvent Event(DateTime startUtc, string summary = "Attachment and trauma awareness", string? description = null) =>
        new("uid-1@test", startUtc, startUtc.AddHours(3), summary, description, "County Hall, Room 2; Market Street", null, new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Times_are_written_in_Europe_London_with_its_time_zone_in_summer_and_in_winter()
    {
        var summer = ICalendar.WriteText(Event(new DateTime(2027, 6, 15, 8, 30, 0, DateTimeKind.Utc)));
        Assert.Contains("DTSTART;TZID=Europe/London:20270615T093000\r\n", summer, StringComparison.Ordinal);
        var winter = ICalendar.WriteText(Event(new DateTime(2027, 1, 15, 9, 30, 0, DateTimeKind.Utc)));
        Assert.Contains("DTSTART;TZID=Europe/London:20270115T093000\r\n", winter, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n", winter, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261123T090000Z\r\n", winter, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_every_line_ends_with_crlf()
    {
        var text = ICalendar.WriteText(Event(new DateTime(2027, 1, 15, 9, 30, 0, DateTimeKind.Utc), "A, B; C\\D", "Line one\nLine two"));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:A\\, B\\; C\\\\D\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:Line one\\nLine two\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("LOCATION:County Hall\\, Room 2\\; Market Street\r\n", unfolded, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var summary = string.Concat(Enumerable.Repeat("Zoë’s café 🎓 ", 20));
        var text = ICalendar.WriteText(Event(new DateTime(2027, 1, 15, 9, 30, 0, DateTimeKind.Utc), summary));
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
            Assert.False(line.Length > 0 && char.IsLowSurrogate(line[line.StartsWith(' ') ? Math.Min(1, line.Length - 1) : 0]), "a fold split a surrogate pair");
        }

        Assert.Contains("SUMMARY:" + ICalendar.Escape(summary) + "\r\n", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
