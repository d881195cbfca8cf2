using System.Globalization;

namespace VirtualSchool.Portal.Core.Training;

/// <summary>Session times as UK readers expect them ("Tuesday 8 December 2026, 9:30am to 12:30pm"), in UK time (<see cref="UkTime"/>).</summary>
public static class UkDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTime utc) => UkTime.FromUtc(utc).ToString("dddd d MMMM yyyy", British);

    public static string Time(DateTime utc)
    {
        var uk = UkTime.FromUtc(utc);
        var hour = uk.Hour % 12 == 0 ? 12 : uk.Hour % 12;
        var suffix = uk.Hour < 12 ? "am" : "pm";
        return uk.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{uk.Minute:00}{suffix}");
    }

    public static string When(DateTime startUtc, DateTime endUtc) =>
        UkTime.FromUtc(startUtc).Date == UkTime.FromUtc(endUtc).Date
            ? $"{Date(startUtc)}, {Time(startUtc)} to {Time(endUtc)}"
            : $"{Date(startUtc)}, {Time(startUtc)} to {Date(endUtc)}, {Time(endUtc)}";

    public static string DateTimeText(DateTime utc) => $"{Date(utc)} at {Time(utc)}";
}
