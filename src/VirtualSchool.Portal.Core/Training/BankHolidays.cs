namespace VirtualSchool.Portal.Core.Training;

/// <summary>
/// England and Wales bank holidays by their standing rules (the Banking and Financial Dealings Act 1971 and
/// the royal proclamations that follow it each year): New Year's Day, Good Friday, Easter Monday, the first
/// and last Mondays in May, the last Monday in August, Christmas Day and Boxing Day, with a substitute weekday
/// when one falls at a weekend. One-off changes proclaimed for a single year (a moved May holiday, a jubilee
/// or coronation) are not rules and are not included.
/// </summary>
public static class BankHolidays
{
    public static bool IsBankHoliday(DateOnly day) => For(day.Year).Contains(day);

    /// <summary>The bank holidays of <paramref name="year"/> in England and Wales, in date order.</summary>
    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var christmas = new DateOnly(year, 12, 25);
        return
        [
            Weekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            // Christmas at a weekend moves to the 27th and Boxing Day at a weekend to the 28th, so neither
            // substitute lands on the other.
            christmas.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? christmas.AddDays(2) : christmas,
            christmas.AddDays(1).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? christmas.AddDays(3) : christmas.AddDays(1),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
