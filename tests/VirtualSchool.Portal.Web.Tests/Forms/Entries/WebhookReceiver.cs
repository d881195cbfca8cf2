using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>A receiver on loopback http (Kestrel) for "post to a URL" workflows: records each request and answers with <see cref="Status"/>.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Body, string? Signature)> _received = [];

    private WebhookReceiver(HttpStatusCode status)
    {
        Status = status;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/hook/", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (_received)
            {
                _received.Add((body, context.Request.Headers["X-Portal-Signature"].ToString()));
            }

            return Results.StatusCode((int)Status);
        });
    }

    public static async Task<WebhookReceiver> StartAsync(HttpStatusCode status = HttpStatusCode.OK)
    {
        var receiver = new WebhookReceiver(status);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook/";
        return receiver;
    }

    public string Url { get; private set; } = "";

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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
