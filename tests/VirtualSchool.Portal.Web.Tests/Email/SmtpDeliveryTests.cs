using System.Net;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Training;

namespace VirtualSchool.Portal.Web.Tests.Email;

/// <summary>
/// What reaches a real SMTP server (aiosmtpd) through MailKit: addresses beyond ASCII over SMTPUTF8, the
/// <c>Portal:Smtp:Security</c> choices against a server without TLS.
/// </summary>
[Trait("Category", "Smtp")]
public sealed class SmtpDeliveryTests
{
    private const string Accented = "ünï@exämple.org";

    private static Dictionary<string, string?> Values(string name) => new() { ["name"] = name, ["roles"] = "Editor", ["link"] = "https://portal.test/umbraco/invitation?user=1&token=abc" };

    private static OutboxPortal Portal(SmtpServer smtp, string security)
    {
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Portal:Smtp:Security"] = security };
        var portal = new OutboxPortal(settings);
        _ = portal.Server;
        return portal;
    }

    [SmtpFact]
    public async Task A_place_booked_for_an_address_with_accents_is_confirmed_by_email_over_smtputf8()
    {
        await using var smtp = await SmtpServer.StartAsync(smtpUtf8: true);
        await using var portal = new TrainingPortal(smtp);
        _ = portal.Server;
        var session = await portal.CreateSessionAsync();

        var booked = await TrainingPortal.BookAsync(portal.CreateBrowserlikeClient(), session, TrainingPortal.Booker(Accented));

        Assert.Equal(HttpStatusCode.SeeOther, booked.StatusCode);
        var mail = Assert.Single(await smtp.WaitForAsync(m => m.To.Contains(Accented, StringComparison.Ordinal)));
        Assert.StartsWith("Your place is booked", mail.Subject, StringComparison.Ordinal);
        var stored = Assert.Single(await portal.WaitForOutboxAsync([Accented], m => m.Status != OutboxStatus.Pending));
        Assert.Equal(OutboxStatus.Sent, stored.Status);
    }

    [SmtpFact]
    public async Task Without_smtputf8_a_message_to_an_address_with_accents_is_marked_failed_at_once_with_the_reason()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = Portal(smtp, "Auto");
        await portal.Mail.QueueAsync("backoffice-invitation", Accented, Values("Ünï"));
        await portal.Mail.QueueAsync("backoffice-invitation", "plain@school.test", Values("Plain"));

        var messages = await portal.WaitForOutboxAsync(m => m.Count == 2 && m.All(x => x.Status != OutboxStatus.Pending));
        var failed = messages.Single(m => m.To == Accented);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("SMTPUTF8", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, messages.Single(m => m.To == "plain@school.test").Status);
    }

    [SmtpTheory]
    [InlineData("None")]
    [InlineData("Auto")]
    public async Task With_security_none_or_auto_mail_reaches_a_server_that_offers_no_tls(string security)
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = Portal(smtp, security);
        await portal.Mail.QueueAsync("backoffice-invitation", "plain@school.test", Values("Zoë Brontë"));

        var received = Assert.Single(await smtp.WaitForAsync(m => m.To.Contains("plain@school.test", StringComparison.Ordinal)));
        Assert.Contains("Dear Zoë Brontë,", received.Text, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task With_security_starttls_nothing_is_sent_in_the_clear_to_a_server_that_offers_no_starttls()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = Portal(smtp, "StartTls");
        await portal.Mail.QueueAsync("backoffice-invitation", "secret@school.test", Values("Secret"));

        var waiting = Assert.Single(await portal.WaitForOutboxAsync(m => m.Count == 1 && m[0].Attempts >= 1));
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Contains("STARTTLS", waiting.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(smtp.Messages());
    }
}
