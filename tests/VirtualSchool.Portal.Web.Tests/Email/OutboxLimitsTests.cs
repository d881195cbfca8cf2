using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.BackOffice;

namespace VirtualSchool.Portal.Web.Tests.Email;

/// <summary>A portal with these email settings added (no SMTP host: mail is written to .eml files).</summary>
public sealed class OutboxPortal(IDictionary<string, string?> extra) : BackOfficeFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Portal:Email:RetryBaseSeconds"] = "1";
            settings["Portal:Email:RetryMaxSeconds"] = "2";
            foreach (var (key, value) in extra)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    public PortalMail Mail => Services.GetRequiredService<PortalMail>();

    public string MailFolder => Path.Combine(DataPath, "mail");

    public async Task<PortalDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public async Task<List<OutboxMessage>> WaitForOutboxAsync(Func<List<OutboxMessage>, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var db = await DbAsync();
            var messages = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            if (done(messages) || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }
}

/// <summary>What the outbox does with a mail server that stops answering, and with the personal data it holds.</summary>
[Trait("Category", "Integration")]
public sealed class OutboxLimitsTests
{
    private static Dictionary<string, string?> Values(string name) => new() { ["name"] = name, ["roles"] = "Editor", ["link"] = "https://portal.test/umbraco/invitation?user=1&token=abc" };

    [Fact]
    public async Task A_mail_server_that_accepts_the_connection_and_never_answers_costs_each_message_a_failed_attempt_and_mail_keeps_moving()
    {
        // Accepts every connection and never says a word (not even the SMTP greeting).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var connections = new ConcurrentQueue<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    connections.Enqueue(await listener.AcceptTcpClientAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        try
        {
            await using var portal = new OutboxPortal(new Dictionary<string, string?>
            {
                ["Portal:Smtp:Host"] = "127.0.0.1",
                ["Portal:Smtp:Port"] = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Portal:Email:SendTimeoutSeconds"] = "1",
            });
            _ = portal.Server;
            await portal.Mail.QueueAsync("backoffice-invitation", "first@school.test", Values("First"));
            await portal.Mail.QueueAsync("backoffice-invitation", "second@school.test", Values("Second"));

            // Both messages are tried, given up on after the timeout, and tried again later: the first one
            // does not hold the job (and so every other message) for ever.
            var messages = await portal.WaitForOutboxAsync(m => m.Count == 2 && m.All(x => x.Attempts >= 2));
            Assert.Equal(2, messages.Count);
            Assert.All(messages, m =>
            {
                Assert.True(m.Attempts >= 2, $"{m.To} was tried {m.Attempts} times");
                Assert.Equal(OutboxStatus.Pending, m.Status);
                Assert.Contains("did not finish the send within 1 seconds", m.LastError, StringComparison.Ordinal);
            });
            Assert.True(connections.Count >= 4, $"{connections.Count} connections");
        }
        finally
        {
            await stop.CancelAsync();
            await accepting;
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }

    [Fact]
    public async Task Old_sent_and_failed_messages_stale_pending_ones_and_old_eml_copies_are_erased_and_nothing_recent()
    {
        await using var portal = new OutboxPortal(new Dictionary<string, string?> { ["Portal:Email:KeepSentDays"] = "30" });
        _ = portal.Server;
        await portal.Mail.QueueAsync("backoffice-invitation", "old@school.test", Values("Old"));
        await portal.Mail.QueueAsync("backoffice-invitation", "recent@school.test", Values("Recent"));
        var sent = await portal.WaitForOutboxAsync(m => m.Count == 2 && m.All(x => x.Status == OutboxStatus.Sent));
        Assert.All(sent, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        // With no SMTP host each message is written to the data folder as an .eml file.
        var files = Directory.GetFiles(portal.MailFolder, "*.eml");
        Assert.Equal(2, files.Length);
        var oldFile = files.Single(f => File.ReadAllText(f).Contains("old@school.test", StringComparison.Ordinal));
        var recentFile = files.Single(f => f != oldFile);

        var now = DateTime.UtcNow;
        var longAgo = now.AddDays(-31);
        File.SetLastWriteTimeUtc(oldFile, longAgo);
        await using (var db = await portal.DbAsync())
        {
            await db.OutboxMessages.Where(m => m.To == "old@school.test").ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, longAgo).SetProperty(m => m.CreatedAt, longAgo));
            OutboxMessage Stored(string to, OutboxStatus status, DateTime created, DateTime next) => new()
            {
                MessageId = $"<{Guid.NewGuid():N}@virtual-school.portal>", Category = "test", To = to, Subject = "Your booking", TextBody = $"Dear {to}",
                Status = status, Attempts = status == OutboxStatus.Failed ? 30 : 3, CreatedAt = created, NextAttemptAt = next, LastError = "Mailbox unavailable",
            };
            db.OutboxMessages.AddRange(
                Stored("failed-long-ago@school.test", OutboxStatus.Failed, longAgo.AddDays(-1), longAgo),
                Stored("failed-yesterday@school.test", OutboxStatus.Failed, longAgo, now.AddDays(-1)),
                // Still pending long after retention and any back-off could last: stale.
                Stored("stale@school.test", OutboxStatus.Pending, now.AddDays(-40), now.AddHours(1)),
                // Waiting for its next retry: kept, to be sent.
                Stored("retrying@school.test", OutboxStatus.Pending, now.AddMinutes(-5), now.AddHours(1)));
            await db.SaveChangesAsync();
        }

        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        await using (var db = await portal.DbAsync())
        {
            var left = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.To).Select(m => m.To).ToListAsync();
            Assert.Equal(["failed-yesterday@school.test", "recent@school.test", "retrying@school.test"], left);
        }

        Assert.False(File.Exists(oldFile), "the .eml copy written 31 days ago is still in the data folder");
        Assert.True(File.Exists(recentFile));
    }
}
