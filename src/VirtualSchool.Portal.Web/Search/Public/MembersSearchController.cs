using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// <c>/members/search</c>: the same search for a signed-in member, over what their groups may read and nothing more
/// (<see cref="SearchReader.Member"/>). Anonymous readers are sent to the members' sign-in with a return address, and the
/// answer is never stored (<see cref="MembersAreaController"/>), as on the members area's other pages.
/// </summary>
[Authorize(Policy = MemberAuthentication.Policy)]
public sealed class MembersSearchController(ISearcher searcher) : MembersAreaController
{
    public const string Route = "/members/search";

    [HttpGet("members/search")]
    [EnableRateLimiting(SearchSetup.RateLimitPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var reader = SearchReader.Member(await MemberPrincipals.GroupsAsync(HttpContext));
        var model = await SearchPage.BuildAsync(searcher, SearchQuery.Read(Request.Query), reader, Route, forMembers: true, cancellationToken);
        ViewData["Title"] = model.Title;
        if (model.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("~/Views/Search/Index.cshtml", model);
    }
}
