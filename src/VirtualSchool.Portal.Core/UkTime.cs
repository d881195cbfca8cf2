namespace VirtualSchool.Portal.Core;

/// <summary>
/// UK local time (Europe/London, with British Summer Time): what readers, editors and schedules see. The portal
/// stores and compares UTC; this is the one place that converts to and from the UK's wall clock.
/// </summary>
public static class UkTime
{
    /// <summary>The IANA id, also written into calendar files.</summary>
    public const string ZoneId = "Europe/London";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The UK wall-clock time of a UTC instant (an unspecified kind, as a wall-clock time has no zone of its own).</summary>
    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a UK wall-clock time (the earlier one when the clocks go back).</summary>
    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>
    /// The UTC instant of a UK wall-clock time, or false for a time the clocks skip (01:00 to 01:59 on the last
    /// Sunday of March), which <see cref="ToUtc"/> would throw on.
    /// </summary>
    public static bool TryToUtc(DateTime local, out DateTime utc)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            utc = default;
            return false;
        }

        utc = ToUtc(unspecified);
        return true;
    }
}
