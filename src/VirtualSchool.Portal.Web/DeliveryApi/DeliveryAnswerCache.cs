using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The Delivery API's anonymous answers, served before static files, routing and the output-cache middleware: the
/// headless clients' hot path, as <see cref="Content.PageCache"/> is the readers' (docs/decisions/0023). It keeps only
/// what <see cref="DeliveryOutputCache"/> has decided may be stored (the same anonymous check and lifetime), as the
/// bytes and headers that were answered, and serves one only while the published, media and access versions it was
/// made under are current, it has not expired, and no eviction has happened since. Anything else (a miss, a
/// conditional request, an Api-Key, Preview or Authorization header) goes through the whole pipeline as before, where
/// the output cache still stores answers under its lock, so a cold query under load is worked out once.
/// </summary>
public sealed class DeliveryAnswerCache(IPublishedContentCache content, IPublicAccess access, MediaChanges media, TimeProvider clock)
{
    private const int MaxAnswers = 4_096;
    private const long MaxBytes = 32L * 1024 * 1024;
    private const int MaxAnswerBytes = 512 * 1024;
    private static readonly object MarkKey = new();

    // Headers the answer must never repeat: the server writes its own, and a cookie is never cached.
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.ContentType, HeaderNames.SetCookie, HeaderNames.Age,
        HeaderNames.TransferEncoding, HeaderNames.Server,
    };

    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.Ordinal);
    private long _bytes;
    private long _generation;

    private sealed record Versions(long Published, long Media, long Access, long Generation);

    private sealed record Answer(Versions Versions, DateTimeOffset Expires, string ContentType, KeyValuePair<string, StringValues>[] Headers, byte[] Body);

    private sealed record Mark(Versions Versions, DateTimeOffset Expires);

    /// <summary>How many answers are held (the benchmark and tests read it).</summary>
    public int Count => _answers.Count;

    /// <summary>
    /// Called by <see cref="DeliveryOutputCache"/> as it lets a request's answer be stored, with the versions it read
    /// before the answer was made: an answer that raced a publish is kept under the old versions and never served.
    /// </summary>
    public void Allow(HttpContext context, TimeSpan lifetime) =>
        context.Items[MarkKey] = new Mark(Current(), clock.GetUtcNow() + lifetime);

    /// <summary>Called when the output cache refuses to store the answer after all (not a 200, or it sets a cookie).</summary>
    public static void Refuse(HttpContext context) => context.Items.Remove(MarkKey);

    /// <summary>Forgets every answer (any eviction of the output cache's tags).</summary>
    public void Evict()
    {
        Interlocked.Increment(ref _generation);
        _answers.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }

    /// <summary>Answers from the cache when it can; otherwise runs the pipeline and keeps its answer when allowed.</summary>
    public Task ServeOrCaptureAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsCacheable(context.Request))
        {
            return next(context);
        }

        var key = Key(context.Request);
        return _answers.TryGetValue(key, out var answer) && answer.Versions == Current() && answer.Expires > clock.GetUtcNow()
            ? WriteAsync(context, answer)
            : CaptureAsync(context, key, next);
    }

    /// <summary>
    /// A Delivery API request the output cache's policy may store (<see cref="DeliveryOutputCache.IsAnonymous"/>), and
    /// not conditional: a 304 is the output cache's to answer.
    /// </summary>
    private static bool IsCacheable(HttpRequest request) =>
        DeliveryApiSetup.IsDeliveryPath(request.Path) && DeliveryOutputCache.IsAnonymous(request)
        && !request.Headers.ContainsKey(HeaderNames.IfNoneMatch) && !request.Headers.ContainsKey(HeaderNames.IfModifiedSince);

    /// <summary>What the output cache varies by: the path, the raw query string, Accept-Language and Start-Item.</summary>
    private static string Key(HttpRequest request) =>
        string.Concat(request.Path.Value, request.QueryString.Value, "\n", request.Headers.AcceptLanguage.ToString(), "\n",
            request.Headers[DeliveryRequests.StartItemHeader].ToString());

    private Versions Current() => new(content.Version, media.Version, access.Version, Interlocked.Read(ref _generation));

    private static async Task WriteAsync(HttpContext context, Answer answer)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = answer.Body.Length;
        await response.BodyWriter.WriteAsync(answer.Body, context.RequestAborted);
    }

    private async Task CaptureAsync(HttpContext context, string key, RequestDelegate next)
    {
        var response = context.Response;
        // Headers already set (the security headers, with this request's nonce) are written afresh on every answer.
        var before = new HashSet<string>(response.Headers.Keys, StringComparer.OrdinalIgnoreCase);
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new AnswerCaptureStream(original.Stream, MaxAnswerBytes);
        var body = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(context);
            await body.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        if (context.Items[MarkKey] is not Mark mark || response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0 || response.ContentType is not { } type || capture.Captured is not { } bytes
            || (response.ContentLength is { } declared && declared != bytes.Length))
        {
            return;
        }

        var headers = response.Headers.Where(h => !before.Contains(h.Key) && !NotKept.Contains(h.Key)).ToArray();
        Keep(key, new Answer(mark.Versions, mark.Expires, type, headers, bytes));
    }

    private void Keep(string key, Answer answer)
    {
        if (_answers.TryGetValue(key, out var replaced))
        {
            // An expired answer made again: its bytes are counted once.
            Interlocked.Add(ref _bytes, -replaced.Body.Length);
        }

        if (_answers.Count >= MaxAnswers || Interlocked.Add(ref _bytes, answer.Body.Length) > MaxBytes)
        {
            // Full: start again, as the page cache does, rather than keep a ledger of which answer is least used.
            _answers.Clear();
            Interlocked.Exchange(ref _bytes, answer.Body.Length);
        }

        _answers[key] = answer;
    }
}
