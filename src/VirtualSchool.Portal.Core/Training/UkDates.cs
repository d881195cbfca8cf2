using System.Globalization;

namespace VirtualSchool.Portal.Core.Training;

/// <summary>Session times as UK readers expect them ("Tuesday 8 December 2026, 9:30am to 12:30pm"), in UK time.</summary>
public static class UkDates
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a UK wall-clock time (the earlier one when the clocks go back).</summary>
    public static DateTime FromUk(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>
    /// The UTC instant of a UK wall-clock time, or false for a time the clocks skip (01:00 to 01:59 on the last
    /// Sunday of March), which <see cref="FromUk"/> would throw on.
    /// </summary>
    public static bool TryFromUk(DateTime local, out DateTime utc)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            utc = default;
            return false;
        }

        utc = FromUk(unspecified);
        return true;
    }

    public static string Date(DateTime utc) => ToUk(utc).ToString("dddd d MMMM yyyy", British);

    public static string Time(DateTime utc)
    {
        var uk = ToUk(utc);
        var hour = uk.Hour % 12 == 0 ? 12 : uk.Hour % 12;
        var suffix = uk.Hour < 12 ? "am" : "pm";
        return uk.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{uk.Minute:00}{suffix}");
    }

    public static string When(DateTime startUtc, DateTime endUtc) =>
        ToUk(startUtc).Date == ToUk(endUtc).Date
            ? $"{Date(startUtc)}, {Time(startUtc)} to {Time(endUtc)}"
            : $"{Date(startUtc)}, {Time(startUtc)} to {Date(endUtc)}, {Time(endUtc)}";

    public static string DateTimeText(DateTime utc) => $"{Date(utc)} at {Time(utc)}";
}
