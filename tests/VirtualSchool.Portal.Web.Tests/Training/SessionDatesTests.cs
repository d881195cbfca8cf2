using System.Globalization;
using System.Net;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>Session dates the coordinator's form must refuse, and stored dates no page may fall over on.</summary>
[Trait("Category", "Integration")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class SessionDatesTests : IAsyncLifetime
{
    private readonly TrainingPortal _portal = new(smtp: null);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly TodayInUk => DateOnly.FromDateTime(UkTime.FromUtc(DateTime.UtcNow));

    /// <summary>The next last Sunday of March at least a week away: the UK's clocks go from 01:00 to 02:00 that night.</summary>
    private static DateOnly NextSpringForward()
    {
        for (var year = TodayInUk.Year; ; year++)
        {
            var day = new DateOnly(year, 3, 31);
            while (day.DayOfWeek != DayOfWeek.Sunday)
            {
                day = day.AddDays(-1);
            }

            if (day > TodayInUk.AddDays(7))
            {
                return day;
            }
        }
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<string?> Errors)> PostAsync(HttpClient coordinator, Dictionary<string, string> changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["course"] = _portal.CourseKey().ToString(), ["date"] = Day(TodayInUk.AddDays(30)), ["starts"] = "09:30", ["ends"] = "12:30",
            ["format"] = "online", ["joiningLink"] = "https://meet.example.org/pep", ["capacity"] = "10",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        var response = await BackOfficeBrowser.PostFormAsync(coordinator, "/umbraco/training/sessions/new", "/umbraco/training/sessions/new", fields);
        var page = await PortalFactory.ParseAsync(response);
        return (response.StatusCode, page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public async Task The_session_form_refuses_a_time_the_clocks_skip_and_dates_outside_the_window_with_field_errors()
    {
        var coordinator = await _portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var gap = Day(NextSpringForward());

        var cases = new (Dictionary<string, string> Fields, string Field)[]
        {
            (new() { ["date"] = gap, ["starts"] = "01:30", ["ends"] = "03:00" }, "#starts"),
            (new() { ["date"] = gap, ["starts"] = "00:15", ["ends"] = "01:45" }, "#ends"),
            (new() { ["date"] = "0001-01-01" }, "#date"),
            (new() { ["date"] = Day(TodayInUk.AddDays(-1)) }, "#date"),
            (new() { ["date"] = Day(TodayInUk.AddYears(5).AddDays(1)) }, "#date"),
            (new() { ["date"] = "9999-12-31", ["starts"] = "23:00", ["ends"] = "23:59" }, "#date"),
            (new() { ["closesDate"] = "0001-01-01" }, "#closesDate"),
            (new() { ["opensDate"] = gap, ["opensTime"] = "01:30", ["date"] = Day(NextSpringForward().AddDays(7)) }, "#opensTime"),
        };
        foreach (var (fields, field) in cases)
        {
            var (status, errors) = await PostAsync(coordinator, fields);
            Assert.True(status == HttpStatusCode.BadRequest, $"{string.Join(", ", fields)} answered {(int)status}");
            Assert.Contains(field, errors);
        }

        // A time on either side of the gap is fine, and so is a date five years ahead.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, new() { ["date"] = gap, ["starts"] = "02:00", ["ends"] = "04:00" })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, new() { ["date"] = Day(TodayInUk.AddYears(5)) })).Status);
    }

    [Fact]
    public async Task A_session_stored_with_an_extreme_date_does_not_break_the_coordinators_pages_or_the_public_booking_page()
    {
        var ancient = await StoreAsync(new DateTime(1, 1, 1, 9, 0, 0, DateTimeKind.Utc), closes: null);
        var distant = await StoreAsync(new DateTime(9999, 12, 31, 20, 0, 0, DateTimeKind.Utc), closes: DateTime.MinValue);
        var coordinator = await _portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var reader = _portal.CreateBrowserlikeClient();

        foreach (var path in new[] { "/umbraco/training", "/umbraco/training?when=past" })
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(path)).StatusCode);
        }

        foreach (var (session, explained) in new[] { (ancient, "This session has already taken place"), (distant, "Booking has closed") })
        {
            var detail = await coordinator.GetAsync($"/umbraco/training/sessions/{session.Key}");
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/umbraco/training/sessions/{session.Key}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/umbraco/training/sessions/{session.Key}/export?list=bookings&format=csv")).StatusCode);

            // The booking page explains why the session cannot be booked, as it does for any closed session.
            var booking = await reader.GetAsync($"{TrainingPortal.Course}/book/{session.Key}");
            Assert.Equal(HttpStatusCode.BadRequest, booking.StatusCode);
            var page = await PortalFactory.ParseAsync(booking);
            Assert.Equal(explained, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Null(page.QuerySelector($"form[action='{TrainingPortal.Course}/book/{session.Key}']"));
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(TrainingPortal.Course)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/training")).StatusCode);
    }

    private async Task<TrainingSession> StoreAsync(DateTime starts, DateTime? closes)
    {
        var session = new TrainingSession
        {
            Key = Guid.NewGuid(),
            CourseKey = _portal.CourseKey(),
            StartsAt = starts,
            EndsAt = starts.AddHours(3),
            Format = SessionFormat.Online,
            JoiningLink = "https://meet.example.org/pep",
            Capacity = 10,
            BookingClosesAt = closes,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        await using var db = await _portal.DbAsync();
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }
}
