using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>The headless Content Delivery API at Umbraco's routes: /umbraco/delivery/api/v2 (v1 answers the same).</summary>
public static class DeliveryApiSetup
{
    public const string Prefix = "/umbraco/delivery";
    public const string OpenApiPath = "/umbraco/swagger/delivery/swagger.json";

    public static WebApplicationBuilder AddDeliveryApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The index is told of every change by the cache itself, under the cache's write lock.
        services.AddSingleton<PublishedContentIndex>();
        services.AddSingleton<IPublishedContentObserver>(sp => sp.GetRequiredService<PublishedContentIndex>());
        services.AddSingleton<ContentQueryExecutor>();
        services.AddSingleton<DeliverySchema>();
        services.AddSingleton<DeliveryDrafts>();
        services.AddSingleton<DeliveryAnswerCache>();
        services.AddSingleton<DeliveryOutputCache>();
        services.AddKeyedSingleton(DeliveryOutputCache.MediaPolicy, (sp, _) => sp.GetRequiredService<DeliveryOutputCache>().AsMedia());
        services.AddOutputCache(o =>
        {
            o.AddPolicy(DeliveryOutputCache.Policy, new LazyPolicy(null));
            o.AddPolicy(DeliveryOutputCache.MediaPolicy, new LazyPolicy(DeliveryOutputCache.MediaPolicy));
        });
        services.AddNotificationHandler<DeliveryMediaCacheEviction>();
        services.AddNotificationHandler<DeliveryOutputCacheEviction>();
        return builder;
    }

    /// <summary>True for the Delivery API's own paths, which the back office's headers and HTML pages leave alone.</summary>
    public static bool IsDeliveryPath(PathString path) =>
        path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/umbraco/swagger/delivery", StringComparison.OrdinalIgnoreCase);

    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        foreach (var (version, suffix, visible) in new[] { ("v2", "2.0", true), ("v1", "1.0", false) })
        {
            var api = app.MapGroup($"{Prefix}/api/{version}");
            api.AddEndpointFilter(ProblemOnFailure);
            if (!visible)
            {
                api.ExcludeFromDescription();
            }

            // Every content and media endpoint is behind the gate, checked once per request before its handler runs.
            api.MapGroup("content").AddEndpointFilter(DeliveryGate.Content).MapContentEndpoints(suffix);
            api.MapGroup("media").AddEndpointFilter(DeliveryGate.Media).MapMediaEndpoints(suffix);
            api.MapGet("{**rest}", (HttpContext http) =>
            {
                http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
                return DeliveryRequests.NotFound("The Delivery API has no such endpoint.");
            }).ExcludeFromDescription();
        }

        app.MapGet(OpenApiPath, DeliveryOpenApi.Serve).ExcludeFromDescription();
        return app;
    }

    /// <summary>An unexpected failure is logged and answered as a bare 500 problem (no details), not the site's HTML error page.</summary>
    private static async ValueTask<object?> ProblemOnFailure(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var http = context.HttpContext;
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("VirtualSchool.Portal.Web.DeliveryApi")
                .LogError(exception, "The Delivery API failed on {Path}", http.Request.Path);
            http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
            return TypedResults.Problem(title: "Internal Server Error", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Resolves the policy from the container when first used, since AddOutputCache takes an instance.</summary>
    private sealed class LazyPolicy(string? key) : Microsoft.AspNetCore.OutputCaching.IOutputCachePolicy
    {
        private DeliveryOutputCache Resolve(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context) => key is null
            ? context.HttpContext.RequestServices.GetRequiredService<DeliveryOutputCache>()
            : context.HttpContext.RequestServices.GetRequiredKeyedService<DeliveryOutputCache>(key);

        public ValueTask CacheRequestAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) =>
            Resolve(context).CacheRequestAsync(context, cancellation);

        public ValueTask ServeFromCacheAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) =>
            Resolve(context).ServeFromCacheAsync(context, cancellation);

        public ValueTask ServeResponseAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) =>
            Resolve(context).ServeResponseAsync(context, cancellation);
    }
}
