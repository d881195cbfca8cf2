namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>Sends email. The embedded default writes .eml files under the data folder's <c>mail/</c>.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
