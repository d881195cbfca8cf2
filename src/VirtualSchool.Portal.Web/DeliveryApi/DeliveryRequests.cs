using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// What every Delivery API request goes through: the configuration gate (enabled, public or API key only,
/// drafts only with a valid key), the Start-Item header, and the JSON answer with its ETag (and 304).
/// </summary>
public static class DeliveryRequests
{
    public const string ApiKeyHeader = "Api-Key";
    public const string PreviewHeader = "Preview";
    public const string StartItemHeader = "Start-Item";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when the request asks for drafts (<c>Preview: true</c>).</summary>
    public static bool WantsPreview(HttpRequest request) =>
        request.Headers.TryGetValue(PreviewHeader, out var preview) && bool.TryParse(preview.ToString(), out var yes) && yes;

    /// <summary>
    /// Checks access and builds the request's context; returns the problem to answer instead when the API is
    /// off (404), the key is missing or wrong where one is needed (401), or the Start-Item is not a root item (404).
    /// </summary>
    public static (DeliveryContext? Context, IResult? Problem) Begin(HttpContext http, bool content)
    {
        // Problems are answered as problem details here, never re-executed into the site's HTML error pages.
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value.DeliveryApi;
        if (!options.Enabled)
        {
            return (null, NotFound("The Delivery API is not enabled."));
        }

        var request = http.Request;
        var keyValid = HasValidKey(request, options);
        var preview = content && WantsPreview(request);
        if ((!options.PublicAccess || preview) && !keyValid)
        {
            return (null, Results.Problem(
                title: "Unauthorized",
                detail: preview ? "Draft content needs a valid Api-Key header." : "This Delivery API needs a valid Api-Key header.",
                statusCode: StatusCodes.Status401Unauthorized));
        }

        var cache = services.GetRequiredService<IPublishedContentCache>();
        PublishedContent? startItem = null;
        if (content && request.Headers.TryGetValue(StartItemHeader, out var startHeader) && !string.IsNullOrWhiteSpace(startHeader))
        {
            // As Umbraco's RequestStartItemProvider: only a root item, by its key or its URL segment; any other page
            // (or nothing) is not a start item, and Umbraco's ValidateStartItem filter answers that with 404.
            var value = startHeader.ToString().Trim().Trim('/');
            startItem = Guid.TryParse(value, out var key)
                ? cache.GetRoots().FirstOrDefault(r => r.Key == key)
                : cache.GetRoots().FirstOrDefault(r => string.Equals(r.UrlSegment, value, StringComparison.OrdinalIgnoreCase));
            if (startItem is null)
            {
                return (null, NotFound($"The Start-Item '{value}' was not found."));
            }
        }

        http.Response.Headers.Vary = content ? "Accept-Language, Preview, Start-Item" : "Accept-Language";
        var context = new DeliveryContext(
            cache,
            services.GetRequiredService<IPublicAccess>(),
            services.GetRequiredService<MediaRepository>(),
            services.GetRequiredService<DeliverySchema>(),
            options,
            http.RequestAborted)
        {
            StartItem = startItem,
            Preview = preview,
        };
        return (context, null);
    }

    private static bool HasValidKey(HttpRequest request, DeliveryApiOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey) || !request.Headers.TryGetValue(ApiKeyHeader, out var sent))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.ToString()), Encoding.UTF8.GetBytes(options.ApiKey));
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not Found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string title, string? detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Writes JSON with a strong ETag of its bytes; a matching If-None-Match gets 304 with no body.</summary>
    public static async Task<IResult> JsonAsync(HttpContext http, Func<Utf8JsonWriter, Task> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            await write(writer);
        }

        var body = buffer.WrittenMemory;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body.Span, hash);
        var etag = "\"" + Convert.ToHexStringLower(hash[..12]) + "\"";
        var response = http.Response;
        response.Headers.ETag = etag;
        if (WantsPreview(http.Request) || http.Request.Headers.ContainsKey(ApiKeyHeader))
        {
            response.Headers.CacheControl = "no-store";
        }

        if (http.Request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var ifNoneMatch)
            && ifNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag || t.Trim() == "*" || t.Trim() == "W/" + etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, "application/json; charset=utf-8");
    }
}
