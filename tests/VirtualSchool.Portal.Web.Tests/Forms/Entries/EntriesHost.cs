using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>
/// One entries portal (and, when python3's aiosmtpd is there, one real SMTP server) for every test in the collection:
/// each test makes its own form and entries and looks only at them.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class EntriesHost : IAsyncLifetime
{
    private EntriesPortal? _portal;

    public SmtpServer? Smtp { get; private set; }

    public EntriesPortal Portal => _portal ?? throw new InvalidOperationException("Not started.");

    /// <summary>Mail the portal sent: from the SMTP server when there is one, else from the .eml files the portal writes without one.</summary>
    public Task<IReadOnlyList<ReceivedMail>> MailAsync(Func<ReceivedMail, bool> match, int count = 1) =>
        Smtp is { } smtp ? smtp.WaitForAsync(match, count) : MailFolder.WaitForAsync(Portal.DataPath, match, count);

    public async Task InitializeAsync()
    {
        if (SmtpServer.Python is not null)
        {
            Smtp = await SmtpServer.StartAsync();
        }

        _portal = new EntriesPortal(Smtp);
        _ = _portal.Server;
    }

    public async Task DisposeAsync()
    {
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EntriesCollection : ICollectionFixture<EntriesHost>
{
    public const string Name = "Form entries portal";
}
