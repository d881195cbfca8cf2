using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (started by <c>scripts/test.sh</c>'s
/// <c>PORTAL_TEST_PYTHON</c>) storing what it receives in a Maildir. It can be stopped and started again on the
/// same port, to test what the portal does while the mail server is down.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly string _python;
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "vsp-smtp", Guid.NewGuid().ToString("N"));
    private Process? _process;

    private readonly bool _smtpUtf8;

    private SmtpServer(string python, bool smtpUtf8)
    {
        _python = python;
        _smtpUtf8 = smtpUtf8;
        Port = FreePort();
    }

    public int Port { get; }

    /// <summary>The python that can run aiosmtpd, or null when this machine cannot (the tests then skip).</summary>
    public static string? Python => Environment.GetEnvironmentVariable("PORTAL_TEST_PYTHON") is { Length: > 0 } python ? python : null;

    /// <summary>Starts a server; with <paramref name="smtpUtf8"/> it offers SMTPUTF8 (addresses beyond ASCII).</summary>
    public static async Task<SmtpServer> StartAsync(bool smtpUtf8 = false)
    {
        var server = new SmtpServer(Python ?? throw new InvalidOperationException("PORTAL_TEST_PYTHON is not set: run the tests with scripts/test.sh."), smtpUtf8);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>The portal's settings that send mail here.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:Smtp:Host"] = "127.0.0.1",
        ["Portal:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Portal:Smtp:From"] = "virtual.school@portal.test",
    };

    public async Task StartAgainAsync()
    {
        foreach (var folder in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(_maildir, folder));
        }

        var start = new ProcessStartInfo(_python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_smtpUtf8)
        {
            start.ArgumentList.Insert(2, "--smtputf8");
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not listen on port {Port}");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<ReceivedMail> Messages()
    {
        var files = new[] { "new", "cur" }
            .Select(d => Path.Combine(_maildir, d))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .OrderBy(File.GetLastWriteTimeUtc);
        return files.Select(f => ReceivedMail.Parse(File.ReadAllText(f))).ToList();
    }

    /// <summary>Waits until <paramref name="count"/> messages match, and returns them.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(Func<ReceivedMail, bool> match, int count = 1, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var found = Messages().Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_maildir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A fact that needs aiosmtpd; skipped (with the reason) when the machine has none.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (SmtpServer.Python is null)
        {
            Skip = "No SMTP server: set PORTAL_TEST_PYTHON to a python3 with aiosmtpd (scripts/test.sh does).";
        }
    }
}

/// <summary>Reads the .eml files the embedded default writes to the data folder's mail/ when no SMTP host is set.</summary>
public static class MailFolder
{
    public static async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string dataPath, Func<ReceivedMail, bool> match, int count = 1, int seconds = 30)
    {
        var folder = Path.Combine(dataPath, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var found = (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
                .Select(TryRead)
                .Where(m => m is not null && match(m))
                .Select(m => m!)
                .ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }

    // A file still being written reads as nothing this time round.
    private static ReceivedMail? TryRead(string path)
    {
        try
        {
            return ReceivedMail.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>A theory that needs aiosmtpd; skipped (with the reason) when the machine has none.</summary>
public sealed class SmtpTheoryAttribute : TheoryAttribute
{
    public SmtpTheoryAttribute()
    {
        if (SmtpServer.Python is null)
        {
            Skip = "No SMTP server: set PORTAL_TEST_PYTHON to a python3 with aiosmtpd (scripts/test.sh does).";
        }
    }
}
