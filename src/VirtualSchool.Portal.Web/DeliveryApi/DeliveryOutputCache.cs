using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// Output caching of anonymous content answers. Entries vary by the query string, Accept-Language and
/// Start-Item, and by the published cache's version, so an answer stored by a request that raced a publish
/// is never served after it; the tag is evicted on every publish, unpublish, move, sort and trash as well.
/// Content embeds media (pickers), so content answers vary by the media version too.
/// Requests with an Api-Key, Preview or Authorization header are never cached. What may be stored is kept by
/// <see cref="DeliveryAnswerCache"/> as well, which answers it before routing.
/// </summary>
public sealed class DeliveryOutputCache(
    IPublishedContentCache cache, IPublicAccess access, MediaChanges media, DeliveryAnswerCache answers, IOptions<PortalOptions> options) : IOutputCachePolicy
{
    public const string Policy = "DeliveryApiContent";
    public const string Tag = "delivery-content";

    /// <summary>The media routes' policy: the same rules, varied by the media version and evicted on every media change.</summary>
    public const string MediaPolicy = "DeliveryApiMedia";
    public const string MediaTag = "delivery-media";

    /// <summary>False for the content policy, true for the media one.</summary>
    public bool ForMedia { get; private init; }

    public DeliveryOutputCache AsMedia() => new(cache, access, media, answers, options) { ForMedia = true };

    /// <summary>A GET with no Api-Key, Preview or Authorization header: the only requests whose answers are cached.</summary>
    public static bool IsAnonymous(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Headers.ContainsKey(DeliveryRequests.ApiKeyHeader)
        && !request.Headers.ContainsKey(DeliveryRequests.PreviewHeader)
        && !request.Headers.ContainsKey(HeaderNames.Authorization);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = IsAnonymous(request);
        var seconds = options.Value.DeliveryApi.OutputCacheSeconds;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = anonymous && seconds > 0;
        context.AllowCacheStorage = anonymous && seconds > 0;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(seconds, 1));
        // The raw query string, not QueryKeys: the cache's key sorts repeated values, and sort=a&sort=b is not sort=b&sort=a.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";
        // The media routes take no Start-Item; content answers do.
        context.CacheVaryByRules.HeaderNames = ForMedia ? new(["Accept-Language"]) : new(["Accept-Language", DeliveryRequests.StartItemHeader]);
        if (!ForMedia)
        {
            context.CacheVaryByRules.VaryByValues["published"] = cache.Version.ToString(CultureInfo.InvariantCulture);
        }

        // Read before the answer is made: an answer that raced a media change is stored under the old version.
        context.CacheVaryByRules.VaryByValues["media"] = media.Version.ToString(CultureInfo.InvariantCulture);
        // A page or media item restricted (or opened) since an answer was cached must not be answered from it.
        context.CacheVaryByRules.VaryByValues["access"] = access.Version.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(ForMedia ? MediaTag : Tag);
        if (context.AllowCacheStorage)
        {
            // The answer may be kept: the front cache keeps it too, under the versions as they are now.
            answers.Allow(context.HttpContext, context.ResponseExpirationTimeSpan.Value);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
            DeliveryAnswerCache.Refuse(context.HttpContext);
        }

        return ValueTask.CompletedTask;
    }
}
