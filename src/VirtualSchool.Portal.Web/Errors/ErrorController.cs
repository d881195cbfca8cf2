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
    [Route("error/{code:int}")]
    public IActionResult Show(int code)
    {
        if (code is < 400 or > 599)
        {
            code = StatusCodes.Status404NotFound;
        }

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
}
