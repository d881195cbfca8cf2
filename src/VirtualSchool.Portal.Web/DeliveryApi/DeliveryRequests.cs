using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// What the Delivery API's requests and answers share: the headers it reads, its problem answers, and the JSON
/// answer with its ETag (and 304). The access checks are <see cref="DeliveryGate"/>'s.
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

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not Found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string title, string? detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

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
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }
}
