using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>A message to send: plain text always, HTML when there is one, and any attachments.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The Message-ID the message goes out with. The outbox fixes it when the message is queued, so a retry
    /// after a send whose acknowledgement was lost carries the same id and mail clients show it once.
    /// </summary>
    public string? MessageId { get; init; }
}

/// <summary>A file sent with a message, such as a booking's <c>.ics</c> calendar entry.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Sends email. The embedded default writes .eml files under the data folder's <c>mail/</c>.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The <c>Portal:Smtp</c> section. With no <see cref="Host"/>, mail is written to files instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "virtual.school@localhost";
    public string FromName { get; set; } = "Virtual School";
}

/// <summary>
/// SMTP through System.Net.Mail (MailKit cannot be installed here); or, with no host configured, .eml files
/// in the data folder via the pickup-directory delivery method, so nothing is lost on a machine without mail.
/// </summary>
public sealed class SmtpEmailSender(IOptions<PortalOptions> portal, PortalLocations locations) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = portal.Value.Smtp;
        using var mail = new MailMessage
        {
            From = new MailAddress(smtp.From, smtp.FromName),
            Subject = message.Subject,
            // Mail wants CRLF line endings; templates written on Linux have LF.
            Body = message.TextBody.ReplaceLineEndings("\r\n"),
            IsBodyHtml = false,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
            // Readable in the .eml files and in any mail client's "view source".
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
        };
        mail.To.Add(message.To);
        if (message.MessageId is not null)
        {
            mail.Headers.Add("Message-ID", message.MessageId);
        }

        foreach (var file in message.Attachments)
        {
            // Owned by the MailMessage, disposed with it.
            var attachment = new Attachment(new MemoryStream(file.Content, writable: false), file.FileName, file.ContentType);
            mail.Attachments.Add(attachment);
        }
        if (message.HtmlBody is not null)
        {
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, System.Text.Encoding.UTF8, "text/html"));
        }

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            var folder = Directory.CreateDirectory(Path.Combine(locations.DataPath, "mail"));
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder.FullName;
        }
        else
        {
            client.Host = smtp.Host;
            client.Port = smtp.Port;
            client.EnableSsl = smtp.EnableSsl;
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
            }
        }

        // SmtpClient.Timeout covers only the synchronous Send: a server that accepts the connection and never
        // answers would hold the outbox job (which runs one at a time) for ever and stop all email. Cancelling
        // the send aborts the connection; the outbox counts it as a failed attempt and backs off.
        var limit = TimeSpan.FromSeconds(portal.Value.Email.SendTimeoutSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The mail server did not finish the send within {limit.TotalSeconds:0} seconds");
        }
    }
}
