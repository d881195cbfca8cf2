using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Email;

/// <summary>A portal sending mail to a real SMTP server on loopback, retrying quickly.</summary>
public sealed class MailingPortal(SmtpServer smtp, int maxAttempts = 30) : BackOfficeFactory
{
    public SmtpServer Smtp { get; } = smtp;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            foreach (var (key, value) in Smtp.Settings)
            {
                settings[key] = value;
            }

            settings["Portal:Email:RetryBaseSeconds"] = "1";
            settings["Portal:Email:RetryMaxSeconds"] = "2";
            settings["Portal:Email:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return settings;
        }
    }

    public PortalMail Mail => Services.GetRequiredService<PortalMail>();

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<OutboxMessage>> WaitForOutboxAsync(Func<List<OutboxMessage>, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var messages = await OutboxAsync();
            if (done(messages) || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }
}

[Trait("Category", "Smtp")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes them through IAsyncLifetime.DisposeAsync.")]
public sealed class OutboxTests : IAsyncLifetime
{
    private SmtpServer? _smtp;
    private MailingPortal? _portal;

    private SmtpServer Smtp => _smtp!;
    private MailingPortal Portal => _portal!;

    public async Task InitializeAsync()
    {
        if (SmtpServer.Python is not null)
        {
            _smtp = await SmtpServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }

    private MailingPortal Start(int maxAttempts = 30)
    {
        _portal = new MailingPortal(Smtp, maxAttempts);
        _ = _portal.Server;
        return _portal;
    }

    private static Dictionary<string, string?> Values(string name) => new() { ["name"] = name, ["roles"] = "Editor", ["link"] = "https://portal.test/umbraco/invitation?user=1&token=abc" };

    [SmtpFact]
    public async Task Queued_mail_reaches_the_smtp_server_once_with_plain_text_html_and_its_attachment()
    {
        var portal = Start();
        var calendar = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            portal.Mail.Queue(db, "backoffice-invitation", "zoe@school.test", Values("Zoë Brontë"), [new EmailAttachment("session.ics", "text/calendar", calendar)]);
            await db.SaveChangesAsync();
        }

        var received = Assert.Single(await Smtp.WaitForAsync(m => m.To.Contains("zoe@school.test", StringComparison.Ordinal)));
        Assert.Equal("You have been invited to the Virtual School back office", received.Subject);
        Assert.Contains("Dear Zoë Brontë,", received.Text, StringComparison.Ordinal);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(received.Html!);
        Assert.Contains("Dear Zoë Brontë,", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://portal.test/umbraco/invitation?user=1&token=abc", html.QuerySelector("a")!.GetAttribute("href"));
        var attachment = Assert.Single(received.Attachments);
        Assert.Equal("session.ics", attachment.FileName);
        Assert.Equal("text/calendar", attachment.ContentType);
        Assert.Equal(calendar, attachment.Content);

        var stored = Assert.Single(await portal.WaitForOutboxAsync(m => m.All(x => x.Status == OutboxStatus.Sent)));
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(stored.MessageId, received.MessageId);

        // Later runs of the job find nothing more to send.
        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        Assert.Single(Smtp.Messages());
    }

    [SmtpFact]
    public async Task Mail_queued_in_a_transaction_that_rolls_back_is_never_sent()
    {
        var portal = Start();
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            portal.Mail.Queue(db, "backoffice-invitation", "rolled-back@school.test", Values("Nobody"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await portal.Mail.QueueAsync("backoffice-invitation", "kept@school.test", Values("Somebody"));

        Assert.Single(await Smtp.WaitForAsync(m => m.To.Contains("kept@school.test", StringComparison.Ordinal)));
        Assert.DoesNotContain(Smtp.Messages(), m => m.To.Contains("rolled-back", StringComparison.Ordinal));
        Assert.DoesNotContain(await portal.OutboxAsync(), m => m.To == "rolled-back@school.test");
    }

    [SmtpFact]
    public async Task While_the_mail_server_is_down_mail_waits_and_each_message_is_delivered_once_when_it_is_back()
    {
        var portal = Start();
        await Smtp.StopAsync();
        var recipients = Enumerable.Range(1, 5).Select(i => $"carer{i}@school.test").ToList();
        foreach (var to in recipients)
        {
            await portal.Mail.QueueAsync("backoffice-invitation", to, Values(to));
        }

        // Every message has been tried and failed, and is waiting for its retry with the reason recorded.
        var waiting = await portal.WaitForOutboxAsync(m => m.Count == 5 && m.All(x => x.Attempts >= 1));
        Assert.All(waiting, m =>
        {
            Assert.Equal(OutboxStatus.Pending, m.Status);
            Assert.False(string.IsNullOrEmpty(m.LastError));
        });

        await Smtp.StartAgainAsync();

        var received = await Smtp.WaitForAsync(m => recipients.Any(r => m.To.Contains(r, StringComparison.Ordinal)), count: 5);
        Assert.Equal(recipients.Order(), received.Select(m => recipients.Single(r => m.To.Contains(r, StringComparison.Ordinal))).Order());
        var sent = await portal.WaitForOutboxAsync(m => m.All(x => x.Status == OutboxStatus.Sent));
        Assert.All(sent, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        // Nothing is sent twice, even after more runs of the job.
        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        Assert.Equal(5, Smtp.Messages().Count);
        Assert.Equal(5, Smtp.Messages().Select(m => m.MessageId).Distinct().Count());
    }

    [SmtpFact]
    public async Task A_message_that_keeps_failing_is_shown_to_administrators_who_can_send_it_again()
    {
        var portal = Start(maxAttempts: 2);
        await Smtp.StopAsync();
        await portal.Mail.QueueAsync("backoffice-invitation", "unlucky@school.test", Values("Unlucky"));
        var failed = Assert.Single(await portal.WaitForOutboxAsync(m => m.Count == 1 && m[0].Status == OutboxStatus.Failed));
        Assert.Equal(2, failed.Attempts);

        var admin = await portal.SignInAdministratorAsync();
        var page = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/email"));
        var row = page.QuerySelector($"#outbox tr[data-message='{failed.MessageId}']");
        Assert.NotNull(row);
        Assert.Contains("unlucky@school.test", row!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(row.QuerySelector("[data-column='state']")!.TextContent));

        await Smtp.StartAgainAsync();
        var retried = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/email", "/umbraco/email/retry", new Dictionary<string, string> { ["ids"] = failed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);

        Assert.Single(await Smtp.WaitForAsync(m => m.To.Contains("unlucky@school.test", StringComparison.Ordinal)));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await portal.WaitForOutboxAsync(m => m[0].Status == OutboxStatus.Sent)).Status);
    }

    [SmtpFact]
    public async Task Only_administrators_may_see_the_outbox_and_a_retry_needs_the_antiforgery_token()
    {
        var portal = Start();
        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator, BackOfficeRoles.BoardClerk })
        {
            var user = await portal.SignInAsync(role);
            var refused = await user.GetAsync("/umbraco/email");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await user.PostAsync("/umbraco/email/retry", new FormUrlEncodedContent(new Dictionary<string, string> { ["ids"] = "1" }))).StatusCode);
        }

        var anonymous = await portal.CreateBrowserlikeClient().GetAsync("/umbraco/email");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        var admin = await portal.SignInAdministratorAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/umbraco/email?status=lost")).StatusCode);
        var forged = await admin.PostAsync("/umbraco/email/retry", new FormUrlEncodedContent(new Dictionary<string, string> { ["ids"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
