using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using VirtualSchool.Portal.Core.Email;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>
/// SMTP through MailKit: TLS as <see cref="SmtpOptions.Security"/> says, SMTPUTF8 when the server offers it
/// (so an address with accents before the @ can be delivered), timeouts on the connection and on the whole send.
/// With no host configured, each message is written as an <c>.eml</c> file in the data folder's <c>mail/</c>,
/// so nothing is lost on a machine without a mail server.
/// </summary>
public sealed class SmtpEmailSender(IOptions<PortalOptions> portal, PortalLocations locations) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = portal.Value.Smtp;
        using var mime = Compose(message, smtp);
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            await WriteFileAsync(mime, cancellationToken);
            return;
        }

        // A server that accepts the connection and never answers would otherwise hold the outbox job (which runs
        // one at a time) for ever and stop all email. Cancelling aborts the connection; the outbox counts it as a
        // failed attempt and backs off.
        var limit = TimeSpan.FromSeconds(portal.Value.Email.SendTimeoutSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await DeliverAsync(mime, smtp, limit, timeout.Token);
        }
        // MailKit may surface the cancellation wrapped (an I/O error whose cause is the cancelled read), or as its
        // own timeout a moment before our token fires: whatever the type, a send stopped by the time limit is
        // reported as the time limit. (No inner exception: the outbox records the innermost message.)
        catch (Exception ex) when (ex is not UndeliverableEmailException && !cancellationToken.IsCancellationRequested
            && (timeout.IsCancellationRequested || ex is OperationCanceledException or TimeoutException))
        {
            throw new TimeoutException($"The mail server did not finish the send within {limit.TotalSeconds:0} seconds");
        }
    }

    private static async Task DeliverAsync(MimeMessage mime, SmtpOptions smtp, TimeSpan limit, CancellationToken cancellationToken)
    {
        // Each read's own limit is a little longer than the whole send's, so the send's limit is the one that
        // ends a silent server (and says so), not a race between two timers of the same length.
        using var client = new SmtpClient { Timeout = (int)(limit + TimeSpan.FromSeconds(1)).TotalMilliseconds };
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connecting.CancelAfter(TimeSpan.FromSeconds(smtp.ConnectTimeoutSeconds));
            try
            {
                await client.ConnectAsync(smtp.Host!, smtp.Port, Secure(smtp.Security), connecting.Token);
            }
            catch (Exception) when (connecting.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Could not connect to the mail server {smtp.Host}:{smtp.Port} within {smtp.ConnectTimeoutSeconds} seconds");
            }
        }

        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        var international = mime.To.Mailboxes.Any(m => DeliverableAddress.NeedsSmtpUtf8(m.Address));
        if (international && !client.Capabilities.HasFlag(SmtpCapabilities.UTF8))
        {
            await client.DisconnectAsync(true, cancellationToken);
            throw new UndeliverableEmailException("The mail server does not offer SMTPUTF8, which an address with letters beyond ASCII before the @ needs");
        }

        var format = FormatOptions.Default.Clone();
        format.International = international;
        await client.SendAsync(format, mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };

    private async Task WriteFileAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(locations.DataPath, "mail"));
        var name = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}");
        var format = FormatOptions.Default.Clone();
        format.International = true;
        format.NewLineFormat = NewLineFormat.Dos;
        // Written aside and then renamed, so a reader of the folder never sees half a message.
        await mime.WriteToAsync(format, name + ".tmp", cancellationToken);
        File.Move(name + ".tmp", name + ".eml");
    }

    private static MimeMessage Compose(EmailMessage message, SmtpOptions smtp)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (message.MessageId is not null)
        {
            mime.MessageId = message.MessageId.Trim('<', '>');
        }

        // Mail wants CRLF line endings; templates written on Linux have LF.
        var body = new BodyBuilder { TextBody = message.TextBody.ReplaceLineEndings("\r\n"), HtmlBody = message.HtmlBody };
        foreach (var file in message.Attachments)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        mime.Body = body.ToMessageBody();
        foreach (var part in mime.BodyParts.OfType<MimePart>())
        {
            // Bodies quoted-printable, readable in the .eml files and any mail client's "view source"; attachments
            // base64, so their bytes arrive exactly (a calendar file's CRLF line ends included).
            part.ContentTransferEncoding = part.IsAttachment ? ContentEncoding.Base64 : ContentEncoding.QuotedPrintable;
        }

        return mime;
    }
}
