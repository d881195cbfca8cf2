using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// The training tests that read what a real SMTP server received: they share the collection's portal and server
/// (<see cref="MailBackedTraining"/>), so each test uses a session and addresses of its own and looks only at them.
/// </summary>
public abstract class MailBackedTrainingTests(MailBackedTraining shared)
{
    protected SmtpServer Smtp => shared.Smtp;

    protected TrainingPortal Portal => shared.Portal;

    protected MailBackedTraining Shared => shared;
}
