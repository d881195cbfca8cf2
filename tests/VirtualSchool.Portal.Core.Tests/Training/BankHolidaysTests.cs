using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Core.Tests.Training;

[Trait("Category", "Unit")]
public sealed class BankHolidaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_2026_bank_holidays_of_england_and_wales_include_the_boxing_day_substitute() =>
        Assert.Equal([D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28)], BankHolidays.For(2026));

    [Fact]
    public void The_2027_bank_holidays_move_christmas_and_boxing_day_off_the_weekend() =>
        Assert.Equal([D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28)], BankHolidays.For(2027));

    [Theory]
    [InlineData(2022, 12, 26)] // Boxing Day, Monday
    [InlineData(2022, 12, 27)] // Christmas Day fell on a Sunday
    [InlineData(2028, 1, 3)] // New Year's Day fell on a Saturday
    [InlineData(2025, 4, 18)] // Good Friday
    [InlineData(2024, 3, 29)] // Good Friday in March
    public void Substitute_days_and_easter_fall_where_the_proclamations_put_them(int year, int month, int day) =>
        Assert.True(BankHolidays.IsBankHoliday(D(year, month, day)));

    [Fact]
    public void Weekdays_that_are_not_holidays_are_not() =>
        Assert.False(BankHolidays.IsBankHoliday(D(2026, 12, 24)) || BankHolidays.IsBankHoliday(D(2026, 5, 5)) || BankHolidays.IsBankHoliday(D(2027, 1, 4)));

    [Fact]
    public void Seeded_sessions_move_past_weekends_and_bank_holidays_to_the_next_working_day()
    {
        // Christmas Day (Friday), the weekend, and the Boxing Day substitute (Monday) are all passed over.
        Assert.Equal(new DateTime(2026, 12, 29), TrainingSeeder.WorkingDayFrom(new DateTime(2026, 12, 25)));
        Assert.Equal(new DateTime(2027, 3, 30), TrainingSeeder.WorkingDayFrom(new DateTime(2027, 3, 26)));
        Assert.Equal(new DateTime(2026, 5, 5), TrainingSeeder.WorkingDayFrom(new DateTime(2026, 5, 4)));
        Assert.Equal(new DateTime(2026, 6, 2), TrainingSeeder.WorkingDayFrom(new DateTime(2026, 6, 2)));
    }
}
