using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>Booking through HTTP, with every email checked as a real SMTP server received it.</summary>
[Trait("Category", "Smtp")]
[Collection(MailBackedTrainingCollection.Name)]
public sealed class BookingTests(MailBackedTraining shared) : MailBackedTrainingTests(shared)
{
    private static string Email() => $"dt-{Guid.NewGuid():N}@school.test";

    private async Task<ReceivedMail> MailAsync(string to, string subjectStart)
    {
        var found = await Smtp.WaitForAsync(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith(subjectStart, StringComparison.Ordinal));
        return Assert.Single(found);
    }

    [SmtpFact]
    public async Task Booking_a_place_confirms_it_and_emails_the_details_a_calendar_file_and_a_private_link()
    {
        var session = await Portal.CreateSessionAsync(capacity: 10);
        var client = Portal.CreateBrowserlikeClient();
        var email = Email();

        var form = await TrainingPortal.FormAsync(client, session);
        Assert.Equal("email", form.QuerySelector("#email")!.GetAttribute("autocomplete"));
        Assert.Equal("name", form.QuerySelector("#name")!.GetAttribute("autocomplete"));
        Assert.Equal("organization", form.QuerySelector("#organisation")!.GetAttribute("autocomplete"));
        Assert.Equal("tel", form.QuerySelector("#phone")!.GetAttribute("autocomplete"));
        Assert.Contains("12 months", form.TextContent, StringComparison.Ordinal);

        var response = await HtmlForms.PostAsync(client, form, TrainingPortal.Booker(email));
        var answer = await TrainingPortal.PageAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("Check your email", answer.QuerySelector("#notice h1")!.TextContent.Trim());
        var token = await Portal.TokenFromAsync(response, email);
        var manage = await client.GetAsync($"/training/bookings/{token}");
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        Assert.Contains("no-store", manage.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await PortalFactory.ParseAsync(manage);
        Assert.Equal("Confirmed", page.QuerySelector("#status")!.GetAttribute("data-status"));
        Assert.Equal(session.JoiningLink, page.QuerySelector("#joining-link")!.GetAttribute("href"));

        var mail = await MailAsync(email, "Your place is booked");
        Assert.Contains("Designated teacher induction", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(UkDates.When(session.StartsAt, session.EndsAt), mail.Text, StringComparison.Ordinal);
        Assert.Contains(session.JoiningLink!, mail.Text, StringComparison.Ordinal);
        Assert.Contains("Step-free access", mail.Text, StringComparison.Ordinal);
        Assert.Equal(token, TrainingPortal.TokenIn(mail));
        Assert.Contains("Dear Zoë O'Brien,", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(mail.Html!).Body!.TextContent, StringComparison.Ordinal);

        var ics = Assert.Single(mail.Attachments);
        Assert.Equal("training-session.ics", ics.FileName);
        Assert.StartsWith("text/calendar", ics.ContentType, StringComparison.Ordinal);
        AssertCalendar(ics.Text, session);

        // The token is stored only as its hash.
        var stored = Assert.Single(await Portal.BookingsAsync(session));
        Assert.Equal(ManageTokens.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(1, (await Portal.ReloadAsync(session)).PlacesTaken);

        // The listing's places left are live, never a cached copy.
        var listing = await TrainingPortal.PageAsync(client, TrainingPortal.Course);
        Assert.Equal("9", listing.QuerySelector($"[data-session='{session.Key}'] [data-places-left]")!.GetAttribute("data-places-left"));
    }

    private static void AssertCalendar(string text, TrainingSession session)
    {
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"longer than 75 octets: {l}"));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", unfolded, StringComparison.Ordinal);
        var local = UkTime.FromUtc(session.StartsAt).ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"DTSTART;TZID=Europe/London:{local}\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Designated teacher induction\r\n", unfolded, StringComparison.Ordinal);
        // Commas and semicolons in text are escaped.
        Assert.Contains("pwd=a\\,b\\;c", unfolded, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", unfolded, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task Bad_input_gets_a_400_with_an_error_summary_and_keeps_what_was_typed()
    {
        var session = await Portal.CreateSessionAsync();
        var client = Portal.CreateBrowserlikeClient();
        var fields = TrainingPortal.Booker("not-an-email");
        fields.Remove("consent");
        fields["organisation"] = "";
        var response = await TrainingPortal.BookAsync(client, session, fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var errors = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#email", "#organisation", "#consent"], errors);
        Assert.Equal("not-an-email", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal("Zoë O'Brien", page.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Empty(await Portal.BookingsAsync(session));

        // Foster carers need not give an organisation.
        var carer = TrainingPortal.Booker(Email(), "foster-carers");
        carer["organisation"] = "";
        Assert.Equal(HttpStatusCode.SeeOther, (await TrainingPortal.BookAsync(client, session, carer)).StatusCode);

        // A post without this browser's form token is refused.
        var forged = await Portal.CreateBrowserlikeClient().PostAsync($"{TrainingPortal.Course}/book/{session.Key}", new FormUrlEncodedContent(TrainingPortal.Booker(Email())));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Single(await Portal.BookingsAsync(session));
    }

    [SmtpFact]
    public async Task Past_cancelled_closed_and_not_yet_open_sessions_cannot_be_booked()
    {
        var client = Portal.CreateBrowserlikeClient();
        var open = await Portal.CreateSessionAsync();
        var form = await TrainingPortal.FormAsync(client, open);

        var closed = await Portal.CreateSessionAsync(closesAt: DateTime.UtcNow.AddMinutes(-1));
        var soon = await Portal.CreateSessionAsync(startsInDays: 0.5); // inside the default 24 hours before the start
        var past = await Portal.CreateSessionAsync(startsInDays: -1);
        var later = await Portal.CreateSessionAsync(opensAt: DateTime.UtcNow.AddDays(3));
        var cancelled = await Portal.CreateSessionAsync();
        await Portal.Get<TrainingCoordinator>().CancelSessionAsync(cancelled.Key, "Trainer unwell");

        foreach (var (session, heading) in new[] { (closed, "Booking has closed"), (soon, "Booking has closed"), (past, "This session has already taken place"), (later, "Booking has not opened yet"), (cancelled, "This session has been cancelled") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{TrainingPortal.Course}/book/{session.Key}")).StatusCode);
            // The same form posted at a session that cannot take bookings.
            form.SetAttribute("action", $"{TrainingPortal.Course}/book/{session.Key}");
            var response = await HtmlForms.PostAsync(client, form, TrainingPortal.Booker(Email()));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(heading, (await PortalFactory.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
            Assert.Empty(await Portal.BookingsAsync(session));
        }
    }

    [SmtpFact]
    public async Task A_full_session_offers_the_waiting_list_and_a_cancelled_place_is_offered_to_the_first_person_waiting()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1);
        var client = Portal.CreateBrowserlikeClient();
        var first = Email();
        var waiter = Email();
        var second = Email();
        var firstToken = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(first)), first);

        var full = await TrainingPortal.PageAsync(client, $"{TrainingPortal.Course}/book/{session.Key}");
        Assert.NotNull(full.QuerySelector("#waiting-list"));
        Assert.Equal("Join the waiting list", full.QuerySelector("h1")!.TextContent.Trim());
        var form = full.QuerySelector("main form")!;
        var waiting = await HtmlForms.PostAsync(client, form, TrainingPortal.Booker(waiter));
        TrainingPortal.AnsweredCheckEmail(waiting, waiting: true);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(second)), second);
        var waitingMail = await MailAsync(waiter, "You are on the waiting list");
        Assert.Empty(waitingMail.Attachments);
        Assert.DoesNotContain("meet.example.org", waitingMail.Text, StringComparison.Ordinal);
        var waitingPage = await TrainingPortal.PageAsync(client, $"/training/bookings/{TrainingPortal.TokenIn(waitingMail)}");
        Assert.Null(waitingPage.QuerySelector("#joining-link"));
        Assert.Contains("number 1", waitingPage.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);

        // The booker cancels through their link.
        var cancel = await TrainingPortal.PostManageAsync(client, firstToken, "cancel");
        Assert.Equal(HttpStatusCode.SeeOther, cancel.StatusCode);
        var cancelMail = await MailAsync(first, "Your booking is cancelled");
        var cancelledEvent = Assert.Single(cancelMail.Attachments).Text;
        Assert.Contains("STATUS:CANCELLED\r\n", cancelledEvent, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1\r\n", cancelledEvent, StringComparison.Ordinal);
        var twice = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/training/bookings/{firstToken}/cancel")
        {
            Content = new FormUrlEncodedContent(HtmlForms.Fields((await TrainingPortal.PageAsync(client, TrainingPortal.Course + "/book/" + session.Key)).QuerySelector("main form")!)),
        });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        // The first person waiting is offered the place, with a new link.
        var offer = await MailAsync(waiter, "A place has come up");
        Assert.Contains("Accept it by", offer.Text, StringComparison.Ordinal);
        var offerToken = TrainingPortal.TokenIn(offer);
        // The waiting-list link still works (its holder may be using it right now) and shows the offer.
        Assert.Equal("Offered", (await TrainingPortal.PageAsync(client, $"/training/bookings/{TrainingPortal.TokenIn(waitingMail)}")).QuerySelector("#status")!.GetAttribute("data-status"));
        Assert.Equal(1, (await Portal.ReloadAsync(session)).PlacesTaken);
        Assert.Equal(HttpStatusCode.SeeOther, (await TrainingPortal.PostManageAsync(client, offerToken, "accept")).StatusCode);
        var confirmed = await MailAsync(waiter, "Your place is booked");
        Assert.Contains("DTSTART;TZID=Europe/London", Assert.Single(confirmed.Attachments).Text, StringComparison.Ordinal);
        Assert.Contains(session.JoiningLink!, confirmed.Text, StringComparison.Ordinal);

        var bookings = await Portal.BookingsAsync(session);
        Assert.Equal(BookingStatus.Cancelled, bookings.Single(b => b.Email == first).Status);
        Assert.Equal(BookingStatus.Confirmed, bookings.Single(b => b.Email == waiter).Status);
        Assert.Equal(BookingStatus.Waiting, bookings.Single(b => b.Email == second).Status);
        Assert.Equal(1, (await Portal.ReloadAsync(session)).PlacesTaken);
    }

    [SmtpFact]
    public async Task An_offer_not_accepted_in_time_passes_to_the_next_person_by_the_scheduled_job()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1);
        var client = Portal.CreateBrowserlikeClient();
        var (first, second, third) = (Email(), Email(), Email());
        var firstToken = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(first)), first);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(second)), second);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(third)), third);
        await TrainingPortal.PostManageAsync(client, firstToken, "cancel");
        var offer = await MailAsync(second, "A place has come up");

        // 48 hours later (by default): the offer has run out.
        await using (var db = await Portal.DbAsync())
        {
            await db.Bookings.Where(b => b.Email == second).ExecuteUpdateAsync(s => s.SetProperty(b => b.OfferExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var accept = await TrainingPortal.PostManageAsync(client, TrainingPortal.TokenIn(offer), "accept");
        Assert.Equal(HttpStatusCode.Gone, accept.StatusCode);

        var scheduler = await Portal.Get<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new Quartz.JobKey(VirtualSchool.Portal.Web.Training.TrainingOffersJob.Name));
        await MailAsync(second, "The place we offered has gone to someone else");
        await MailAsync(third, "A place has come up");
        var bookings = await Portal.BookingsAsync(session);
        Assert.Equal(BookingStatus.Cancelled, bookings.Single(b => b.Email == second).Status);
        Assert.Equal(CancelledBy.OfferLapsed, bookings.Single(b => b.Email == second).CancelledBy);
        Assert.Equal(BookingStatus.Offered, bookings.Single(b => b.Email == third).Status);
        Assert.Equal(1, (await Portal.ReloadAsync(session)).PlacesTaken);
    }

    [SmtpFact]
    public async Task A_forged_host_header_never_reaches_the_links_in_other_peoples_emails()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1);
        var attacker = Portal.CreateBrowserlikeClient();
        attacker.DefaultRequestHeaders.Host = "evil.example";
        var (forger, victim) = (Email(), Email());
        var forgerToken = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(attacker, session, TrainingPortal.Booker(forger)), forger);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(Portal.CreateBrowserlikeClient(), session, TrainingPortal.Booker(victim)), victim);
        Assert.Equal(HttpStatusCode.SeeOther, (await TrainingPortal.PostManageAsync(attacker, forgerToken, "cancel")).StatusCode);

        var offer = await MailAsync(victim, "A place has come up");
        Assert.Contains("http://localhost/training/bookings/", offer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", offer.Text + offer.Html, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task Tampered_and_revoked_links_get_a_404_and_change_nothing()
    {
        var session = await Portal.CreateSessionAsync();
        var client = Portal.CreateBrowserlikeClient();
        var email = Email();
        var token = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(email)), email);
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];
        foreach (var bad in new[] { tampered, "short", new string('x', 500), "../../umbraco" })
        {
            var response = await client.GetAsync($"/training/bookings/{Uri.EscapeDataString(bad)}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var form = (await TrainingPortal.PageAsync(client, $"/training/bookings/{token}/cancel")).QuerySelector($"form[action='/training/bookings/{token}/cancel']")!;
        form.SetAttribute("action", $"/training/bookings/{tampered}/cancel");
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlForms.PostAsync(client, form, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(BookingStatus.Confirmed, Assert.Single(await Portal.BookingsAsync(session)).Status);

        // The coordinator revokes the link from the session's page: the old one stops working, a new one is emailed.
        var booking = Assert.Single(await Portal.BookingsAsync(session));
        var coordinator = await Portal.SignInAsync(VirtualSchool.Portal.Web.BackOffice.Users.BackOfficeRoles.TrainingCoordinator);
        var reissued = await BackOffice.BackOfficeBrowser.PostFormAsync(coordinator, $"/umbraco/training/sessions/{session.Key}", $"/umbraco/training/bookings/{booking.Id}/new-link");
        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/training/bookings/{token}")).StatusCode);
        var fresh = TrainingPortal.TokenIn(await MailAsync(email, "A new link to your booking"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/training/bookings/{fresh}")).StatusCode);
    }

    [SmtpFact]
    public async Task Simultaneous_bookings_each_get_exactly_one_email_from_the_smtp_server()
    {
        // The race itself (a hundred bookers, no overbooking) is BookingRaceTests, without a mail server; this is
        // what reaches the mail server when bookings come in at once.
        var session = await Portal.CreateSessionAsync(capacity: 3);
        var client = Portal.CreateBrowserlikeClient();
        var form = await TrainingPortal.FormAsync(client, session);
        var emails = Enumerable.Range(0, 12).Select(_ => Email()).ToList();
        using var start = new ManualResetEventSlim(false);
        var posts = emails.Select(e => Task.Run(async () =>
        {
            start.Wait();
            return await HtmlForms.PostAsync(client, form, TrainingPortal.Booker(e));
        })).ToList();
        start.Set();
        Assert.All(await Task.WhenAll(posts), r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));

        var received = await Smtp.WaitForAsync(m => emails.Any(e => m.To.Contains(e, StringComparison.Ordinal)), count: emails.Count, seconds: 60);
        Assert.Equal(emails.Order(), received.Select(m => emails.Single(e => m.To.Contains(e, StringComparison.Ordinal))).Order());
        Assert.Equal(3, received.Count(m => m.Subject.StartsWith("Your place is booked", StringComparison.Ordinal)));
        Assert.Equal(9, received.Count(m => m.Subject.StartsWith("You are on the waiting list", StringComparison.Ordinal)));
    }

    [SmtpFact]
    public async Task Bookings_made_while_the_mail_server_is_down_are_kept_and_every_email_is_delivered_once_when_it_is_back()
    {
        var session = await Portal.CreateSessionAsync(capacity: 2);
        var client = Portal.CreateBrowserlikeClient();
        var emails = Enumerable.Range(0, 4).Select(_ => Email()).ToList();
        await Smtp.StopAsync();
        try
        {
            foreach (var email in emails)
            {
                Assert.Equal(HttpStatusCode.SeeOther, (await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(email))).StatusCode);
            }

            // Every one of them has been tried, and failed, while the server was down.
            var tried = await Portal.WaitForOutboxAsync(emails, m => m.Attempts >= 1);
            Assert.Equal(4, tried.Count);
            Assert.All(tried, m =>
            {
                Assert.True(m.Attempts >= 1);
                Assert.Equal(OutboxStatus.Pending, m.Status);
            });
            Assert.Equal(4, (await Portal.BookingsAsync(session)).Count);
        }
        finally
        {
            // The server is the collection's: it is started again whatever happened above.
            await Smtp.StartAgainAsync();
        }

        var received = await Smtp.WaitForAsync(m => emails.Any(e => m.To.Contains(e, StringComparison.Ordinal)), count: 4);
        Assert.Equal(4, received.Count);
        Assert.Equal(4, (await Portal.WaitForOutboxAsync(emails, m => m.Status == OutboxStatus.Sent)).Count);

        // Nothing is sent twice, even after another run of the job: the outbox has nothing left to send for them.
        await Portal.Get<OutboxDispatcher>().DispatchDueAsync();
        var outbox = await Portal.WaitForOutboxAsync(emails, m => m.Status == OutboxStatus.Sent);
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var all = Smtp.Messages().Where(m => emails.Any(e => m.To.Contains(e, StringComparison.Ordinal))).ToList();
        Assert.Equal(4, all.Count);
        Assert.Equal(4, all.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(outbox.Select(m => m.MessageId).Order(), all.Select(m => m.MessageId).Order());
        Assert.Equal(2, all.Count(m => m.Subject.StartsWith("Your place is booked", StringComparison.Ordinal) && m.Attachments.Count == 1));
    }

    [SmtpFact]
    public async Task A_session_cancelled_while_someone_is_booking_refuses_the_booking_rather_than_giving_a_waiting_place()
    {
        var session = await Portal.CreateSessionAsync(capacity: 5);
        var service = Portal.Get<BookingService>();
        // The booking reads the session, then the coordinator cancels it, then the booking's transaction runs.
        var read = await service.FindSessionAsync(session.Key);
        Assert.Equal(SessionStatus.Scheduled, read!.Status);
        Assert.Equal(BookingChangeStatus.Done, (await Portal.Get<TrainingCoordinator>().CancelSessionAsync(session.Key, "Trainer unwell")).Status);
        var email = Email();

        var result = await service.BookAsync(read, new BookingRequest("Zoë O'Brien", email, "designated-teachers", "Anytown Primary School", null, null, true), null, default);

        // The same answer as booking a cancelled session through the form: "This session has been cancelled".
        Assert.Equal(BookPlaceStatus.Cancelled, result.Status);
        Assert.Null(result.Result);
        Assert.Empty(await Portal.BookingsAsync(session));
        Assert.Equal(0, (await Portal.ReloadAsync(session)).PlacesTaken);
        await using var db = await Portal.DbAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == email), "the booker was sent an email for a cancelled session");
    }
}
