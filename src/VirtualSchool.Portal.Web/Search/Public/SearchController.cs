using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// <c>/search</c>: the public site's search, in the GOV.UK search pattern, over what anyone may read (the
/// <see cref="SearchIndexNames.External"/> index as <see cref="SearchReader.Public"/>). An address it cannot take is a 400
/// with an error summary. Routed ahead of the content controller, so a search is never rendered as a page or cached.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SearchController(ISearcher searcher, SiteModelFactory sites) : Controller
{
    public const string Route = "/search";

    [HttpGet("search")]
    [HttpHead("search")]
    [EnableRateLimiting(SearchSetup.RateLimitPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = await SearchPage.BuildAsync(searcher, SearchQuery.Read(Request.Query), SearchReader.Public, Route, forMembers: false, cancellationToken);
        ViewData["Site"] = sites.Create(null);
        ViewData["Title"] = model.Title;
        if (model.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("~/Views/Search/Index.cshtml", model);
    }
}
