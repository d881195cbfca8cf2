using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>A portal for the training tests: mail to a real SMTP server (when given one), quick retries.</summary>
public sealed class TrainingPortal(SmtpServer? smtp, IDictionary<string, string?>? extra = null) : BackOfficeFactory
{
    public const string Course = "/training/designated-teacher-induction";

    public SmtpServer? Smtp { get; } = smtp;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            if (Smtp is not null)
            {
                foreach (var (key, value) in Smtp.Settings)
                {
                    settings[key] = value;
                }
            }

            settings["Portal:Email:RetryBaseSeconds"] = "1";
            settings["Portal:Email:RetryMaxSeconds"] = "2";
            settings["Portal:Training:PermitsPerMinute"] = "100000";
            foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    public async Task<PortalDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public Guid CourseKey(string route = Course)
    {
        var cache = Services.GetRequiredService<VirtualSchool.Portal.Core.Published.IPublishedContentCache>();
        return cache.GetByRoute(route)!.Key;
    }

    /// <summary>A session of the designated teacher induction, stored as the coordinator's pages would store it.</summary>
    public async Task<TrainingSession> CreateSessionAsync(int capacity = 10, double startsInDays = 14, bool online = true, DateTime? closesAt = null, DateTime? opensAt = null)
    {
        var starts = DateTime.UtcNow.AddDays(startsInDays);
        var session = new TrainingSession
        {
            Key = Guid.NewGuid(),
            CourseKey = CourseKey(),
            StartsAt = starts,
            EndsAt = starts.AddHours(3),
            Format = online ? SessionFormat.Online : SessionFormat.InPerson,
            JoiningLink = online ? "https://meet.example.org/dt-induction?pwd=a,b;c" : null,
            Venue = online ? null : "County Hall, Training Suite 2",
            Address = online ? null : "Market Street, Anytown AN1 2CD",
            Capacity = capacity,
            BookingClosesAt = closesAt,
            BookingOpensAt = opensAt,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        await using var db = await DbAsync();
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public async Task<List<Booking>> BookingsAsync(TrainingSession session)
    {
        await using var db = await DbAsync();
        return await db.Bookings.AsNoTracking().Where(b => b.SessionId == session.Id).OrderBy(b => b.Id).ToListAsync();
    }

    public async Task<TrainingSession> ReloadAsync(TrainingSession session)
    {
        await using var db = await DbAsync();
        return await db.TrainingSessions.AsNoTracking().FirstAsync(s => s.Id == session.Id);
    }

    /// <summary>
    /// The outbox's messages to these addresses, once there is one for each and all of them match (or 30 seconds
    /// have passed). The SMTP server holds a message before the outbox marks it sent, so tests of the outbox wait here.
    /// </summary>
    public async Task<List<OutboxMessage>> WaitForOutboxAsync(IReadOnlyCollection<string> to, Func<OutboxMessage, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = await DbAsync();
            var messages = await db.OutboxMessages.AsNoTracking().Where(m => to.Contains(m.To)).ToListAsync();
            if ((messages.Count >= to.Count && messages.All(match)) || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static Dictionary<string, string> Booker(string email, string role = "designated-teachers") => new()
    {
        ["name"] = "Zoë O'Brien",
        ["email"] = email,
        ["role"] = role,
        ["organisation"] = "Anytown Primary School",
        ["phone"] = "01632 960 001",
        ["needs"] = "Step-free access, please",
        ["consent"] = "yes",
    };

    /// <summary>Opens the booking form as a browser would, and posts it with these fields.</summary>
    public static async Task<HttpResponseMessage> BookAsync(HttpClient client, TrainingSession session, IDictionary<string, string> fields)
    {
        var form = await FormAsync(client, session);
        return await HtmlForms.PostAsync(client, form, fields);
    }

    public static async Task<AngleSharp.Dom.IElement> FormAsync(HttpClient client, TrainingSession session)
    {
        var response = await client.GetAsync($"{Course}/book/{session.Key}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        return page.QuerySelector($"form[action='{Course}/book/{session.Key}']")!;
    }

    /// <summary>
    /// Asserts a booking's answer: a 303 to the "check your email" page (the manage link goes only by email),
    /// saying a place or the waiting list as a new booking would.
    /// </summary>
    public static void AnsweredCheckEmail(HttpResponseMessage response, bool waiting = false)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"{Course}/book/", path, StringComparison.Ordinal);
        Assert.Contains("/check-email", path, StringComparison.Ordinal);
        Assert.Equal(waiting, path.EndsWith("?waiting=true", StringComparison.Ordinal));
    }

    /// <summary>The manage token of a booking just made for <paramref name="email"/>, from the email it was sent.</summary>
    public async Task<string> TokenFromAsync(HttpResponseMessage response, string email)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("/check-email", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        bool Booked(ReceivedMail m) => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)
            && (m.Subject.StartsWith("Your place is booked", StringComparison.Ordinal) || m.Subject.StartsWith("You are on the waiting list", StringComparison.Ordinal));
        var mail = Smtp is not null ? await Smtp.WaitForAsync(Booked) : await MailFolder.WaitForAsync(DataPath, Booked);
        return TokenIn(mail[^1]);
    }

    /// <summary>The manage token in an email's link.</summary>
    public static string TokenIn(ReceivedMail mail)
    {
        var match = System.Text.RegularExpressions.Regex.Match(mail.Text!, @"/training/bookings/([A-Za-z0-9_-]{43})");
        Assert.True(match.Success, mail.Text);
        return match.Groups[1].Value;
    }

    /// <summary>Posts a form on the manage page (cancel, accept) as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostManageAsync(HttpClient client, string token, string what)
    {
        // A cancel is confirmed on its own page first ("Are you sure?").
        var page = await PortalFactory.ParseAsync(await client.GetAsync(what == "cancel" ? $"/training/bookings/{token}/cancel" : $"/training/bookings/{token}"));
        var form = page.QuerySelector($"form[action='/training/bookings/{token}/{what}']") ?? throw new InvalidOperationException($"No {what} form on the manage page");
        return await HtmlForms.PostAsync(client, form, new Dictionary<string, string>());
    }

    /// <summary>
    /// The rows of the coordinator's list of upcoming sessions, by session, from every page of it: sessions that
    /// other tests on the same portal made may push a session off the first page.
    /// </summary>
    public static async Task<Dictionary<Guid, AngleSharp.Dom.IElement>> SessionRowsAsync(HttpClient coordinator)
    {
        var rows = new Dictionary<Guid, AngleSharp.Dom.IElement>();
        for (var path = "/umbraco/training"; path is not null;)
        {
            var page = await PageAsync(coordinator, path);
            foreach (var row in page.QuerySelectorAll("#sessions tr[data-session]"))
            {
                rows[Guid.Parse(row.GetAttribute("data-session")!)] = row;
            }

            path = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        return rows;
    }

    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string path) => await PortalFactory.ParseAsync(await client.GetAsync(path));
}
