using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Errors;

/// <summary>
/// Friendly error pages. "Page not found" is content managed (the home page's <c>notFoundPage</c>); the others
/// are views. Nothing here ever shows exception details.
/// </summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(
    IPublishedContentCache cache,
    SiteModelFactory sites,
    ContentViewLocator views,
    PropertyRenderer properties,
    ILogger<ErrorController> logger) : Controller
{
    // No action parameters: model binding reads posted forms too, so a re-executed post with a field named
    // "code" (every two-factor form has one) chose the status, and a malformed form failed to bind at all.
    [Route("error/{code:int}")]
    public IActionResult Show()
    {
        var code = PipelineStatus(HttpContext);

        Response.StatusCode = code;
        if (code == StatusCodes.Status500InternalServerError && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        }

        var root = cache.GetByRoute("/");
        if (code == StatusCodes.Status404NotFound && properties.Content(root?.Value("notFoundPage")) is { } notFound)
        {
            var model = new PageModel(notFound, sites.Create(notFound), [], null, new Dictionary<string, string?>());
            return View(views.ViewFor(notFound.ContentTypeAlias), model);
        }

        ViewData["Site"] = sites.Create(null);
        return View(code switch
        {
            StatusCodes.Status404NotFound or StatusCodes.Status410Gone => "NotFound",
            StatusCodes.Status429TooManyRequests => "TooManyRequests",
            >= 500 => "ServerError",
            _ => "BadRequest",
        }, code);
    }

    /// <summary>
    /// The status the pipeline decided: 500 after an exception, the original status when re-executed for a
    /// status code, else (a visit to <c>/error/404</c> itself) the route's, never anything the request posted.
    /// </summary>
    private static int PipelineStatus(HttpContext http)
    {
        var code = http.Features.Get<IExceptionHandlerPathFeature>() is { } failure ? RequestFailures.StatusFor(failure.Error)
            : http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (int.TryParse(http.GetRouteValue("code") as string, out var routed) ? routed : StatusCodes.Status404NotFound);
        return code is < 400 or > 599 ? StatusCodes.Status404NotFound : code;
    }
}
