using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The check in front of every content or media endpoint, run once as the route group's endpoint filter: the API
/// is off (404), the key is missing or wrong where one is needed (401: public access off, or drafts asked for), the
/// Start-Item is not a root item (404), or <c>expand</c> / <c>fields</c> is malformed (400). What it admits reaches
/// the handler as its <see cref="DeliveryRequest"/> parameter.
/// </summary>
/// <param name="forContent">The content routes take Preview and Start-Item and vary by them; the media routes do not.</param>
public sealed class DeliveryGate(bool forContent) : IEndpointFilter
{
    public static DeliveryGate Content { get; } = new(forContent: true);

    public static DeliveryGate Media { get; } = new(forContent: false);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // Problems are answered as problem details here, never re-executed into the site's HTML error pages.
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        var (delivery, problem) = Open(http);
        if (delivery is null)
        {
            return problem;
        }

        if (!TryLevel(http.Request, out var level, out problem))
        {
            return problem;
        }

        DeliveryRequest.Of(http).Admit(delivery, level);
        return await next(context);
    }

    /// <summary>Checks access and builds the request's view of the content, or the problem to answer instead.</summary>
    private (DeliveryContext? Context, IResult? Problem) Open(HttpContext http)
    {
        // The gate is not a handler: it resolves per request what the handlers would otherwise each resolve.
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value.DeliveryApi;
        if (!options.Enabled)
        {
            return (null, DeliveryRequests.NotFound("The Delivery API is not enabled."));
        }

        var request = http.Request;
        var keyValid = HasValidKey(request, options);
        var preview = forContent && DeliveryRequests.WantsPreview(request);
        if ((!options.PublicAccess || preview) && !keyValid)
        {
            return (null, TypedResults.Problem(
                title: "Unauthorized",
                detail: preview ? "Draft content needs a valid Api-Key header." : "This Delivery API needs a valid Api-Key header.",
                statusCode: StatusCodes.Status401Unauthorized));
        }

        var cache = services.GetRequiredService<IPublishedContentCache>();
        PublishedContent? startItem = null;
        if (forContent && request.Headers.TryGetValue(DeliveryRequests.StartItemHeader, out var startHeader) && !string.IsNullOrWhiteSpace(startHeader))
        {
            // As Umbraco's RequestStartItemProvider: only a root item, by its key or its URL segment; any other page
            // (or nothing) is not a start item, and Umbraco's ValidateStartItem filter answers that with 404.
            var value = startHeader.ToString().Trim().Trim('/');
            startItem = Guid.TryParse(value, out var key)
                ? cache.GetRoots().FirstOrDefault(r => r.Key == key)
                : cache.GetRoots().FirstOrDefault(r => string.Equals(r.UrlSegment, value, StringComparison.OrdinalIgnoreCase));
            if (startItem is null)
            {
                return (null, DeliveryRequests.NotFound($"The Start-Item '{value}' was not found."));
            }
        }

        http.Response.Headers.Vary = forContent ? "Accept-Language, Preview, Start-Item" : "Accept-Language";
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
        if (string.IsNullOrEmpty(options.ApiKey) || !request.Headers.TryGetValue(DeliveryRequests.ApiKeyHeader, out var sent))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.ToString()), Encoding.UTF8.GetBytes(options.ApiKey));
    }

    /// <summary>Reads <c>expand</c> and <c>fields</c>; malformed ones are a 400.</summary>
    private static bool TryLevel(HttpRequest request, out OutputLevel level, out IResult? problem)
    {
        level = OutputLevel.Collapsed;
        problem = null;
        var expandText = request.Query["expand"].ToString();
        var fieldsText = request.Query["fields"].ToString();
        if (!PropertySelection.TryParse(expandText, out var expand))
        {
            problem = DeliveryRequests.BadRequest("Invalid expand", $"'{expandText}' is not properties[$all], properties[alias1,alias2] or nested properties[alias[properties[...]]].");
            return false;
        }

        if (!PropertySelection.TryParse(fieldsText, out var fields))
        {
            problem = DeliveryRequests.BadRequest("Invalid fields", $"'{fieldsText}' is not properties[$all], properties[alias1,alias2] or nested properties[alias[properties[...]]].");
            return false;
        }

        level = new OutputLevel(expand, fields);
        return true;
    }
}
