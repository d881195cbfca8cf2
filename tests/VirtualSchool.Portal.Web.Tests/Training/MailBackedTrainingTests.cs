using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// A training portal of its own for each test, sending to a real SMTP server (aiosmtpd) of its own: the
/// lifecycle the booking, booking-answer and coordinator tests share. Without python3's aiosmtpd neither starts,
/// and those tests skip themselves (<see cref="SmtpFactAttribute"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes them through IAsyncLifetime.DisposeAsync.")]
public abstract class MailBackedTrainingTests : IAsyncLifetime
{
    private SmtpServer? _smtp;
    private TrainingPortal? _portal;

    protected SmtpServer Smtp => _smtp!;

    protected TrainingPortal Portal => _portal!;

    public async Task InitializeAsync()
    {
        if (SmtpServer.Python is not null)
        {
            _smtp = await SmtpServer.StartAsync();
            _portal = new TrainingPortal(_smtp);
            _ = _portal.Server;
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
}
