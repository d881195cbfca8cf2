using System.Globalization;
using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.BackOffice;

/// <summary>Dates typed into a back-office filter (yyyy-MM-dd, as the reader means it: UK time).</summary>
public static class UkDateFilter
{
    /// <summary>The UTC instant the day starts at, or null when empty; an unreadable date adds an error for the field.</summary>
    public static DateTime? StartOfDay(string? value, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, "Enter a real date");
            return null;
        }

        return UkTime.ToUtc(date.ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>The UTC instant the day after ends at, so that "to" includes the whole of its day (UK time).</summary>
    public static DateTime? EndOfDay(string? value, string field, FormErrors errors)
    {
        var start = StartOfDay(value, field, errors);
        return start is null ? null : DayAfter(start.Value);
    }

    /// <summary>The UTC instant the next UK day starts at: 23, 24 or 25 hours later, as the clocks change.</summary>
    public static DateTime DayAfter(DateTime startOfDayUtc) =>
        UkTime.ToUtc(UkTime.FromUtc(startOfDayUtc).AddDays(1));
}
