using System.Net;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// What the booking pages tell people: nothing about who else has a place, an "Are you sure?" before a cancel,
/// what has happened after it, and a cancel that wins against an offer made at the same moment.
/// </summary>
[Trait("Category", "Smtp")]
[Collection(MailBackedTrainingCollection.Name)]
public sealed class BookingAnswerTests(MailBackedTraining shared) : MailBackedTrainingTests(shared)
{
    private static string Email() => $"carer-{Guid.NewGuid():N}@school.test";

    private async Task<ReceivedMail> MailAsync(string to, string subjectStart, int count = 1)
    {
        var found = await Smtp.WaitForAsync(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith(subjectStart, StringComparison.Ordinal), count);
        Assert.Equal(count, found.Count);
        return found[^1];
    }

    [SmtpFact]
    public async Task Booking_an_address_that_already_has_a_place_answers_as_a_new_booking_and_emails_that_address_its_link()
    {
        var session = await Portal.CreateSessionAsync(capacity: 10);
        var client = Portal.CreateBrowserlikeClient();
        var carer = Email();
        var first = await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(carer, "foster-carers"));
        var firstToken = await Portal.TokenFromAsync(first, carer);

        // Someone else asks, with the carer's address: the answer is the one a new booker gets.
        var snooper = Portal.CreateBrowserlikeClient();
        var again = await TrainingPortal.BookAsync(snooper, session, TrainingPortal.Booker(carer.ToUpperInvariant() + " "));
        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var page = await TrainingPortal.PageAsync(snooper, again.Headers.Location!.OriginalString);
        Assert.Equal("Check your email", page.QuerySelector("#notice h1")!.TextContent.Trim());
        Assert.DoesNotContain("already", page.QuerySelector("main")!.TextContent.Replace("If the address already had a booking", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(carer, page.Source.Text, StringComparison.OrdinalIgnoreCase);

        // The carer is emailed the link to their booking; nothing new is booked, and the link they had still works.
        var reminder = await MailAsync(carer, "You already have a booking");
        var sentLink = TrainingPortal.TokenIn(reminder);
        Assert.Equal("Confirmed", (await TrainingPortal.PageAsync(client, $"/training/bookings/{sentLink}")).QuerySelector("#status")!.GetAttribute("data-status"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/training/bookings/{firstToken}")).StatusCode);
        Assert.Single(await Portal.BookingsAsync(session));
        Assert.Equal(1, (await Portal.ReloadAsync(session)).PlacesTaken);
    }

    [SmtpFact]
    public async Task A_waiting_person_who_cancels_as_a_place_is_offered_to_them_cancels_and_the_place_goes_to_the_next_person()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1);
        var client = Portal.CreateBrowserlikeClient();
        var (booked, waiter, next) = (Email(), Email(), Email());
        var bookedToken = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(booked)), booked);
        var waitingToken = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(waiter)), waiter);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(next)), next);
        // The waiting person has their cancel form open (its form token comes with any page's form) ...
        var fields = HtmlForms.Fields((await TrainingPortal.PageAsync(client, $"{TrainingPortal.Course}/book/{session.Key}")).QuerySelector("main form")!);

        // ... when the booked person cancels and the place is offered to them, with a new link.
        Assert.Equal(HttpStatusCode.SeeOther, (await TrainingPortal.PostManageAsync(client, bookedToken, "cancel")).StatusCode);
        await MailAsync(waiter, "A place has come up");

        var cancel = await client.PostAsync($"/training/bookings/{waitingToken}/cancel", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, cancel.StatusCode);
        var after = await TrainingPortal.PageAsync(client, cancel.Headers.Location!.OriginalString);
        Assert.Equal("Cancelled", after.QuerySelector("#status")!.GetAttribute("data-status"));
        await MailAsync(next, "A place has come up");
        var bookings = await Portal.BookingsAsync(session);
        Assert.Equal(BookingStatus.Cancelled, bookings.Single(b => b.Email == waiter).Status);
        Assert.Equal(BookingStatus.Offered, bookings.Single(b => b.Email == next).Status);
        Assert.Equal(1, (await Portal.ReloadAsync(session)).PlacesTaken);
    }

    [SmtpFact]
    public async Task Cancelling_asks_are_you_sure_first_and_then_says_what_has_happened()
    {
        var session = await Portal.CreateSessionAsync(capacity: 5);
        var client = Portal.CreateBrowserlikeClient();
        var email = Email();
        var token = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(email)), email);

        var manage = await TrainingPortal.PageAsync(client, $"/training/bookings/{token}");
        Assert.Null(manage.QuerySelector($"form[action='/training/bookings/{token}/cancel']"));
        Assert.Equal($"/training/bookings/{token}/cancel", manage.QuerySelector("#cancel")!.GetAttribute("href"));

        var confirm = await TrainingPortal.PageAsync(client, $"/training/bookings/{token}/cancel");
        Assert.Equal("Are you sure you want to cancel your place?", confirm.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"/training/bookings/{token}", confirm.QuerySelector("a.govuk-link[href$='" + token + "']")!.GetAttribute("href"));
        Assert.Equal(BookingStatus.Confirmed, Assert.Single(await Portal.BookingsAsync(session)).Status);

        var cancelled = await HtmlForms.PostAsync(client, confirm.QuerySelector($"form[action='/training/bookings/{token}/cancel']")!, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, cancelled.StatusCode);
        var after = await TrainingPortal.PageAsync(client, cancelled.Headers.Location!.OriginalString);
        Assert.Equal("Your booking has been cancelled", after.QuerySelector("#notice h1")!.TextContent.Trim());
        Assert.Contains("You cancelled this booking", after.QuerySelector("#what-happened")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Cancelled, Assert.Single(await Portal.BookingsAsync(session)).Status);
    }

    [SmtpFact]
    public async Task The_waiting_list_answer_and_page_say_what_has_happened_and_roles_read_as_one_person()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1);
        var client = Portal.CreateBrowserlikeClient();
        var form = await TrainingPortal.FormAsync(client, session);
        var roles = form.QuerySelectorAll("input[name=role]").Select(r => form.QuerySelector($"label[for='{r.Id}']")!.TextContent.Trim()).ToList();
        Assert.Contains("Foster carer", roles);
        Assert.Contains("Designated teacher", roles);
        Assert.DoesNotContain("Foster carers", roles);

        var (booked, waiter) = (Email(), Email());
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(booked)), booked);
        var waiting = await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(waiter));
        TrainingPortal.AnsweredCheckEmail(waiting, waiting: true);
        var answer = await TrainingPortal.PageAsync(client, waiting.Headers.Location!.OriginalString);
        Assert.Contains("waiting list", answer.QuerySelector("#notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("If a place comes up we will email you", answer.QuerySelector("#next")!.TextContent, StringComparison.Ordinal);

        var token = await Portal.TokenFromAsync(waiting, waiter);
        var page = await TrainingPortal.PageAsync(client, $"/training/bookings/{token}");
        Assert.Contains("You are number 1 on the waiting list", page.QuerySelector("#what-happened")!.TextContent, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task Access_needs_are_erased_the_configured_days_after_the_session_and_the_rest_of_the_booking_is_kept()
    {
        var client = Portal.CreateBrowserlikeClient();
        var (old, recent) = (await Portal.CreateSessionAsync(), await Portal.CreateSessionAsync());
        var (oldBooker, recentBooker) = ("old-" + Email(), "recent-" + Email());
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, old, TrainingPortal.Booker(oldBooker)), oldBooker);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, recent, TrainingPortal.Booker(recentBooker)), recentBooker);
        await using (var db = await Portal.DbAsync())
        {
            // One session ended 31 days ago, the other 29 (the default keeps needs 30 days).
            var ended = DateTime.UtcNow;
            await db.TrainingSessions.Where(s => s.Id == old.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, ended.AddDays(-31).AddHours(-3)).SetProperty(x => x.EndsAt, ended.AddDays(-31)));
            await db.TrainingSessions.Where(s => s.Id == recent.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, ended.AddDays(-29).AddHours(-3)).SetProperty(x => x.EndsAt, ended.AddDays(-29)));
        }

        var admin = await Portal.SignInAdministratorAsync();
        long before;
        await using (var db = await Portal.DbAsync())
        {
            before = await db.JobRuns.MaxAsync(r => (long?)r.Id) ?? 0;
        }

        var run = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/jobs", "/umbraco/jobs/run", new Dictionary<string, string> { ["name"] = VirtualSchool.Portal.Web.Training.TrainingRetentionJob.Name });
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await using var db = await Portal.DbAsync();
            if (await db.JobRuns.AnyAsync(r => r.Id > before && r.JobName == VirtualSchool.Portal.Web.Training.TrainingRetentionJob.Name && r.EndedAt != null))
            {
                break;
            }

            await Task.Delay(100);
        }

        var coordinator = await Portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var oldPage = await TrainingPortal.PageAsync(coordinator, $"/umbraco/training/sessions/{old.Key}");
        var recentPage = await TrainingPortal.PageAsync(coordinator, $"/umbraco/training/sessions/{recent.Key}");
        Assert.DoesNotContain("Step-free access", oldPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Zoë O'Brien", oldPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Step-free access", recentPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task Seeded_placeholder_venues_and_joining_links_are_marked_as_examples_in_the_back_office_and_real_ones_are_not()
    {
        var real = await Portal.CreateSessionAsync();
        await using (var db = await Portal.DbAsync())
        {
            await db.TrainingSessions.Where(s => s.Id == real.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.JoiningLink, "https://teams.microsoft.com/l/meetup-join/19%3ameeting"));
        }

        List<TrainingSession> seeded;
        await using (var db = await Portal.DbAsync())
        {
            // Those seeded at first boot, not the sessions other tests on this portal made with the same venue.
            var keys = Shared.SeededSessions.ToList();
            seeded = await db.TrainingSessions.AsNoTracking().Where(s => keys.Contains(s.Key) && (s.Venue == "County Hall, Training Suite 2" || s.JoiningLink == "https://meet.example.org/virtual-school-training")).ToListAsync();
        }

        Assert.NotEmpty(seeded);
        Assert.All(seeded, s => Assert.False(BankHolidays.IsBankHoliday(DateOnly.FromDateTime(UkTime.FromUtc(s.StartsAt)))));
        var coordinator = await Portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var list = await TrainingPortal.SessionRowsAsync(coordinator);
        foreach (var session in seeded)
        {
            Assert.NotNull(list[session.Key].QuerySelector("[data-example]"));
        }

        Assert.Null(list[real.Key].QuerySelector("[data-example]"));
        var page = await TrainingPortal.PageAsync(coordinator, $"/umbraco/training/sessions/{seeded[0].Key}");
        Assert.Contains("placeholder", page.QuerySelector("#example-details")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null((await TrainingPortal.PageAsync(coordinator, $"/umbraco/training/sessions/{real.Key}")).QuerySelector("#example-details"));
    }
}
