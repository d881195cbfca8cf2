using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>A receiver on loopback http for "post to a URL" workflows: records each request and answers with <see cref="Status"/>.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Body, string? Signature)> _received = [];

    public WebhookReceiver(HttpStatusCode status = HttpStatusCode.OK)
    {
        Status = status;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = ServeAsync();
    }

    public string Url { get; }

    public HttpStatusCode Status { get; set; }

    public IReadOnlyList<(string Body, string? Signature)> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToList();
            }
        }
    }

    public async Task<IReadOnlyList<(string Body, string? Signature)>> WaitForAsync(int count, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return Received;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (_received)
                {
                    _received.Add((body, context.Request.Headers["X-Portal-Signature"]));
                }
            }

            context.Response.StatusCode = (int)Status;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
