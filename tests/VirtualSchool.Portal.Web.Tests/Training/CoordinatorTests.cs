using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>The coordinator's pages, the register, exports, and the jobs that run before and after a session.</summary>
[Trait("Category", "Smtp")]
[Collection(MailBackedTrainingCollection.Name)]
public sealed class CoordinatorTests(MailBackedTraining shared) : MailBackedTrainingTests(shared)
{
    private static string Email() => $"coord-{Guid.NewGuid():N}@school.test";

    private async Task<ReceivedMail> MailAsync(string to, string subjectStart) =>
        Assert.Single(await Smtp.WaitForAsync(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith(subjectStart, StringComparison.Ordinal)));

    [SmtpFact]
    public async Task Only_training_coordinators_and_administrators_reach_the_training_section()
    {
        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.BoardClerk })
        {
            var user = await Portal.SignInAsync(role);
            var refused = await user.GetAsync("/umbraco/training");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        }

        Assert.StartsWith("/umbraco/login", (await Portal.CreateBrowserlikeClient().GetAsync("/umbraco/training")).Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        var coordinator = await Portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var dashboard = await PortalFactory.ParseAsync(await coordinator.GetAsync("/umbraco"));
        Assert.NotNull(dashboard.QuerySelector("a[href='/umbraco/training']"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/umbraco/training")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Portal.SignInAdministratorAsync()).GetAsync("/umbraco/training")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/umbraco/training?when=someday")).StatusCode);
    }

    [SmtpFact]
    public async Task The_coordinator_creates_and_edits_a_session_and_more_places_go_to_the_waiting_list()
    {
        var coordinator = await Portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var date = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["course"] = Portal.CourseKey().ToString(), ["date"] = date, ["starts"] = "09:30", ["ends"] = "08:00",
            ["format"] = "online", ["joiningLink"] = "http://insecure.example", ["capacity"] = "1",
        };
        var invalid = await BackOfficeBrowser.PostFormAsync(coordinator, "/umbraco/training/sessions/new", "/umbraco/training/sessions/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await PortalFactory.ParseAsync(invalid)).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#ends", errors);
        Assert.Contains("#joiningLink", errors);

        fields["ends"] = "12:30";
        fields["joiningLink"] = "https://meet.example.org/pep";
        var created = await BackOfficeBrowser.PostFormAsync(coordinator, "/umbraco/training/sessions/new", "/umbraco/training/sessions/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sessionPath = created.Headers.Location!.OriginalString;
        var key = Guid.Parse(sessionPath.Split('/').Last());
        TrainingSession session;
        await using (var db = await Portal.DbAsync())
        {
            session = await db.TrainingSessions.AsNoTracking().SingleAsync(s => s.Key == key);
        }

        Assert.Equal(new TimeSpan(9, 30, 0), UkTime.FromUtc(session.StartsAt).TimeOfDay);
        var client = Portal.CreateBrowserlikeClient();
        var (a, b) = (Email(), Email());
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(a)), a);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(b)), b);
        var row = (await TrainingPortal.SessionRowsAsync(coordinator))[key];
        Assert.Equal("1", row.QuerySelector("[data-column='waiting']")!.TextContent.Trim());
        Assert.Equal("0", row.QuerySelector("[data-column='left']")!.TextContent.Trim());

        // Fewer places than are taken is refused; more places are offered to the waiting list at once.
        var fewer = await BackOfficeBrowser.PostFormAsync(coordinator, $"{sessionPath}/edit", $"{sessionPath}/edit", new Dictionary<string, string> { ["course"] = Portal.CourseKey().ToString(), ["capacity"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, fewer.StatusCode);
        var more = await BackOfficeBrowser.PostFormAsync(coordinator, $"{sessionPath}/edit", $"{sessionPath}/edit", new Dictionary<string, string> { ["course"] = Portal.CourseKey().ToString(), ["capacity"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        await MailAsync(b, "A place has come up");
        Assert.Equal(2, (await Portal.ReloadAsync(session)).PlacesTaken);

        // A new time: everyone with a place or an offer is told; the calendar file replaces the event.
        var moved = await BackOfficeBrowser.PostFormAsync(coordinator, $"{sessionPath}/edit", $"{sessionPath}/edit", new Dictionary<string, string> { ["course"] = Portal.CourseKey().ToString(), ["starts"] = "10:00" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var changed = await MailAsync(a, "Session changed");
        var ics = Assert.Single(changed.Attachments).Text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1\r\n", ics, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/London:{date.Replace("-", "", StringComparison.Ordinal)}T100000\r\n", ics, StringComparison.Ordinal);
        Assert.Empty((await MailAsync(b, "Session changed")).Attachments);

        var audit = await Portal.Get<VirtualSchool.Portal.Infrastructure.Audit.AuditLog>().QueryAsync(new VirtualSchool.Portal.Infrastructure.Audit.AuditQuery(Item: key.ToString()));
        Assert.Contains(audit.Entries, e => e.Action == AuditActions.TrainingSessionCreate);
        Assert.Contains(audit.Entries, e => e.Action == AuditActions.TrainingSessionEdit);
    }

    [SmtpFact]
    public async Task Cancelling_a_booking_or_a_whole_session_emails_everyone_booked_or_waiting()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1, online: false);
        var client = Portal.CreateBrowserlikeClient();
        var (booked, waiting, other) = (Email(), Email(), Email());
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(booked)), booked);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(waiting)), waiting);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(other)), other);
        var coordinator = await Portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var path = $"/umbraco/training/sessions/{session.Key}";
        var page = await PortalFactory.ParseAsync(await coordinator.GetAsync(path));
        var bookedId = page.QuerySelector($"#bookings tr[data-email='{booked}']")!.GetAttribute("data-booking");
        Assert.NotNull(page.QuerySelector($"#waiting tr[data-email='{waiting}']"));

        var cancelled = await BackOfficeBrowser.PostFormAsync(coordinator, path, $"/umbraco/training/bookings/{bookedId}/cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await MailAsync(booked, "We have cancelled your booking");
        await MailAsync(waiting, "A place has come up");

        var whole = await BackOfficeBrowser.PostFormAsync(coordinator, path, $"{path}/cancel", new Dictionary<string, string> { ["reason"] = "The trainer is unwell" });
        Assert.Equal(HttpStatusCode.Redirect, whole.StatusCode);
        var toWaiting = await MailAsync(waiting, "Session cancelled");
        Assert.Contains("The trainer is unwell", toWaiting.Text, StringComparison.Ordinal);
        await MailAsync(other, "Session cancelled");
        Assert.All(await Portal.BookingsAsync(session), b => Assert.Equal(BookingStatus.Cancelled, b.Status));
        var listing = await TrainingPortal.PageAsync(client, TrainingPortal.Course);
        Assert.Null(listing.QuerySelector($"[data-session='{session.Key}']"));
        var audit = await Portal.Get<VirtualSchool.Portal.Infrastructure.Audit.AuditLog>().QueryAsync(new VirtualSchool.Portal.Infrastructure.Audit.AuditQuery(Action: AuditActions.TrainingSessionCancel, Item: session.Key.ToString()));
        Assert.Single(audit.Entries);
    }

    [SmtpFact]
    public async Task Reminders_go_to_confirmed_bookers_with_the_joining_details_once()
    {
        var session = await Portal.CreateSessionAsync(capacity: 1, startsInDays: 1.5);
        var (rita, wes) = ($"rita-{Guid.NewGuid():N}@school.test", $"wes-{Guid.NewGuid():N}@school.test");
        await using (var db = await Portal.DbAsync())
        {
            // Booked before booking closed.
            db.Bookings.Add(new Booking { SessionId = session.Id, Name = "Rita", Email = rita, NormalisedEmail = rita, Role = "governors", Status = BookingStatus.Confirmed, CreatedAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow, TokenHash = ManageTokens.Create().Hash });
            db.Bookings.Add(new Booking { SessionId = session.Id, Name = "Wes", Email = wes, NormalisedEmail = wes, Role = "governors", Status = BookingStatus.Waiting, WaitingSince = DateTime.UtcNow, CreatedAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow, TokenHash = ManageTokens.Create().Hash });
            await db.SaveChangesAsync();
        }

        var scheduler = await Portal.Get<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new Quartz.JobKey(VirtualSchool.Portal.Web.Training.TrainingRemindersJob.Name));
        var reminder = await MailAsync(rita, "Reminder: Designated teacher induction");
        Assert.Contains(session.JoiningLink!, reminder.Text, StringComparison.Ordinal);
        await Portal.Get<BookingService>().SendRemindersAsync();

        // Every email goes through the outbox: what it never queued, the mail server can never receive.
        await using (var db = await Portal.DbAsync())
        {
            var queued = await db.OutboxMessages.AsNoTracking().Where(m => m.To == rita || m.To == wes).ToListAsync();
            Assert.Equal(rita, Assert.Single(queued).To);
        }

        Assert.Single(Smtp.Messages(), m => m.To.Contains(rita, StringComparison.Ordinal));
    }

    [SmtpFact]
    public async Task After_the_session_attendees_on_the_register_get_the_evaluation_and_a_certificate_and_the_coordinator_sees_results_and_exports()
    {
        var session = await Portal.CreateSessionAsync(capacity: 5);
        var client = Portal.CreateBrowserlikeClient();
        var (came, absent) = (Email(), Email());
        var fields = TrainingPortal.Booker(came);
        fields["name"] = "=HYPERLINK(\"http://evil.example\",\"Ann\")";
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, fields), came);
        var absentToken = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(absent)), absent);

        // The session takes place.
        await using (var db = await Portal.DbAsync())
        {
            await db.TrainingSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.StartsAt, DateTime.UtcNow.AddHours(-5))
                .SetProperty(x => x.EndsAt, DateTime.UtcNow.AddHours(-2)));
        }

        var coordinator = await Portal.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var path = $"/umbraco/training/sessions/{session.Key}";
        var page = await PortalFactory.ParseAsync(await coordinator.GetAsync(path));
        var cameId = page.QuerySelector($"#bookings tr[data-email='{came}']")!.GetAttribute("data-booking")!;
        var register = await BackOfficeBrowser.PostFormAsync(coordinator, path, $"{path}/register", new Dictionary<string, string> { ["attended"] = cameId });
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);

        var scheduler = await Portal.Get<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new Quartz.JobKey(VirtualSchool.Portal.Web.Training.TrainingEvaluationsJob.Name));
        var mail = await MailAsync(came, "Thank you for attending");
        var token = TrainingPortal.TokenIn(mail);
        Assert.Contains($"/training/bookings/{token}/certificate", mail.Text, StringComparison.Ordinal);

        // The absent booker has neither.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/training/bookings/{absentToken}/certificate")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/training/bookings/{absentToken}/evaluation")).StatusCode);

        var certificate = await client.GetAsync($"/training/bookings/{token}/certificate");
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        var cert = await PortalFactory.ParseAsync(certificate);
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"Ann\")", cert.QuerySelector("#attendee")!.TextContent.Trim());
        Assert.Contains("3 hours", cert.QuerySelector("#cpd")!.TextContent, StringComparison.Ordinal);

        var evaluation = await TrainingPortal.PageAsync(client, $"/training/bookings/{token}/evaluation");
        var form = evaluation.QuerySelector($"form[action='/training/bookings/{token}/evaluation']")!;
        Assert.Equal(HttpStatusCode.BadRequest, (await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["comments"] = "No rating" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["rating"] = "4", ["comments"] = "Clear and practical" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["rating"] = "1" })).StatusCode);

        var results = await PortalFactory.ParseAsync(await coordinator.GetAsync(path));
        Assert.Equal("4.0", results.QuerySelector("[data-evaluation-average]")!.GetAttribute("data-evaluation-average"));
        Assert.Contains("Clear and practical", results.QuerySelector(".app-evaluation-comments")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Clear and practical", (await coordinator.GetStringAsync("/umbraco/training/evaluations")), StringComparison.Ordinal);

        var csv = await coordinator.GetAsync($"{path}/export?list=register&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Ann\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains($"{absent},Anytown Primary School,No", text, StringComparison.Ordinal);

        var xlsx = await coordinator.GetAsync($"{path}/export?list=bookings&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains(came, cells);
            Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"Ann\")", cells);
            Assert.Empty(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync($"{path}/export?list=everything&format=csv")).StatusCode);
        var exports = await Portal.Get<VirtualSchool.Portal.Infrastructure.Audit.AuditLog>().QueryAsync(new VirtualSchool.Portal.Infrastructure.Audit.AuditQuery(Action: AuditActions.TrainingExport, Item: session.Key.ToString()));
        Assert.Equal(2, exports.Total);
    }

    [SmtpFact]
    public async Task Bookers_personal_data_is_anonymised_after_the_retention_period_and_the_counts_stay()
    {
        var session = await Portal.CreateSessionAsync(capacity: 5);
        var client = Portal.CreateBrowserlikeClient();
        var email = Email();
        var token = await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, session, TrainingPortal.Booker(email)), email);
        var recent = await Portal.CreateSessionAsync(capacity: 5);
        await Portal.TokenFromAsync(await TrainingPortal.BookAsync(client, recent, TrainingPortal.Booker(email)), email);
        await using (var db = await Portal.DbAsync())
        {
            await db.TrainingSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.StartsAt, DateTime.UtcNow.AddMonths(-13))
                .SetProperty(x => x.EndsAt, DateTime.UtcNow.AddMonths(-13).AddHours(3)));
        }

        Assert.Equal(1, await Portal.Get<BookingService>().AnonymiseAsync());
        var old = Assert.Single(await Portal.BookingsAsync(session));
        Assert.Equal("", old.Name);
        Assert.Equal("", old.Email);
        Assert.Null(old.Organisation);
        Assert.Null(old.Phone);
        Assert.Null(old.Needs);
        Assert.Null(old.TokenHash);
        Assert.NotNull(old.AnonymisedAt);
        Assert.Equal(BookingStatus.Confirmed, old.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/training/bookings/{token}")).StatusCode);
        Assert.Equal(email, Assert.Single(await Portal.BookingsAsync(recent)).Email);
        Assert.Equal(0, await Portal.Get<BookingService>().AnonymiseAsync());
    }

    [SmtpFact]
    public async Task A_session_moved_after_its_reminder_is_reminded_again_before_the_new_date()
    {
        // Booked a while ago; now inside the reminder period (the scheduled job may not claim it before the booking).
        var session = await Portal.CreateSessionAsync(capacity: 1, startsInDays: 10);
        var email = Email();
        await using (var db = await Portal.DbAsync())
        {
            db.Bookings.Add(new Booking { SessionId = session.Id, Name = "Mo", Email = email, NormalisedEmail = email, Role = "governors", Status = BookingStatus.Confirmed, CreatedAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow, TokenHash = ManageTokens.Create().Hash });
            await db.SaveChangesAsync();
            var soon = DateTime.UtcNow.AddDays(1.5);
            await db.TrainingSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, soon).SetProperty(x => x.EndsAt, soon.AddHours(3)));
        }

        var reminders = Portal.Get<BookingService>();
        await reminders.SendRemindersAsync();
        await MailAsync(email, "Reminder: Designated teacher induction");

        // Moved a few hours later, still inside the reminder period: the booker is reminded of the new time.
        var moved = await Portal.ReloadAsync(session);
        moved.StartsAt = moved.StartsAt.AddHours(6);
        moved.EndsAt = moved.EndsAt.AddHours(6);
        Assert.Equal(SessionSaveStatus.Saved, (await Portal.Get<TrainingCoordinator>().UpdateAsync(session.Key, moved)).Status);

        await reminders.SendRemindersAsync();
        var sent = await Smtp.WaitForAsync(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Reminder:", StringComparison.Ordinal), count: 2);
        Assert.Equal(2, sent.Count);
    }
}
