using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>
/// One training portal sending to one real SMTP server (aiosmtpd), shared by every test in the
/// <see cref="MailBackedTrainingCollection"/>: starting a host is what these tests spent most of their time on.
/// The tests run one after another inside the collection, and each books its own session with its own addresses,
/// so none depends on another's data or on the order they run in. Without python3's aiosmtpd neither starts, and
/// the tests skip themselves (<see cref="SmtpFactAttribute"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class MailBackedTraining : IAsyncLifetime
{
    private SmtpServer? _smtp;
    private TrainingPortal? _portal;

    public SmtpServer Smtp => _smtp ?? throw new InvalidOperationException("No SMTP server: the test should have been skipped.");

    public TrainingPortal Portal => _portal ?? throw new InvalidOperationException("No SMTP server: the test should have been skipped.");

    /// <summary>The sessions the portal seeded at first boot, before any test added its own.</summary>
    public IReadOnlySet<Guid> SeededSessions { get; private set; } = new HashSet<Guid>();

    public async Task InitializeAsync()
    {
        if (SmtpServer.Python is null)
        {
            return;
        }

        _smtp = await SmtpServer.StartAsync();
        _portal = new TrainingPortal(_smtp);
        _ = _portal.Server;
        await using var db = await _portal.DbAsync();
        SeededSessions = (await db.TrainingSessions.AsNoTracking().Select(s => s.Key).ToListAsync()).ToHashSet();
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
