using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// Renders the published node at the request's path with the view for its document type. A path a node
/// used to have answers with a 301 to where it is now; anything else is the content-managed 404. Features
/// take part without this controller knowing them: an <see cref="IContentRouteOwner"/> shows its document
/// types on pages of its own, and an <see cref="IPageModelProvider"/> adds what its document type's view needs.
/// </summary>
public sealed class ContentController(
    IPublishedContentCache cache,
    IRedirectRepository redirects,
    SiteModelFactory sites,
    ContentViewLocator views,
    FeedbackService feedback,
    PageCache pages,
    IPublicAccess access,
    IOptionsMonitor<CookieAuthenticationOptions> cookies,
    IEnumerable<IContentRouteOwner> routeOwners,
    PageModels pageModels) : Controller
{
    [HttpGet]
    [HttpHead]
    public async Task<IActionResult> Render(CancellationToken cancellationToken)
    {
        var path = Request.Path.Value ?? "/";
        var content = cache.GetByRoute(path);
        if (content is null)
        {
            if (PublishedContentCache.NormaliseRoute(path) is { } normalised
                && await redirects.GetAsync(normalised, cancellationToken) is { } redirect
                && cache.GetByKey(redirect.NodeKey) is { Route: { } current })
            {
                return RedirectPermanent(current + Request.QueryString);
            }

            return NotFound();
        }

        if (!string.Equals(path, content.Route, StringComparison.Ordinal))
        {
            // One address per page: "/About/" and "/about/" go to "/about".
            return RedirectPermanent(content.Route + Request.QueryString);
        }

        var cacheable = PageCache.IsCacheable(HttpContext);
        if (access.IsProtected(content))
        {
            // Public access: an anonymous reader signs in and comes back; a member outside the groups gets a 403.
            var member = await MemberPrincipals.MemberAsync(HttpContext);
            if (!access.CanView(content, member is null ? [] : MemberPrincipals.Groups(member)))
            {
                if (member is null)
                {
                    // Where the members' cookie scheme sends a reader to sign in, with a local return URL.
                    var signIn = cookies.Get(MemberAuthentication.Scheme);
                    return Redirect($"{signIn.LoginPath}?{signIn.ReturnUrlParameter}={Uri.EscapeDataString(content.Route!)}");
                }

                Response.StatusCode = StatusCodes.Status403Forbidden;
                Response.Headers.CacheControl = "private, no-store";
                ViewData["Site"] = sites.Create(null);
                return View("~/Views/MemberSignIn/Forbidden.cshtml");
            }

            Response.Headers.CacheControl = "private, no-store";
            cacheable = false;
        }

        if (routeOwners.Select(o => o.RouteFor(content)).FirstOrDefault(r => r is not null) is { } ownPage)
        {
            return Redirect(ownPage);
        }

        var model = await BuildAsync(content, cancellationToken);
        if (model.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var view = views.ViewFor(content.ContentTypeAlias);
        return cacheable && model.Errors.Count == 0
            ? await pages.RenderAndStoreAsync(this, content.Route!, view, model)
            : View(view, model);
    }

    private async Task<PageModel> BuildAsync(PublishedContent content, CancellationToken cancellationToken)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var state = new FeedbackState(content.Key, content.Route!);
        if (query.TryGetValue("feedback", out var value) && !string.IsNullOrEmpty(value))
        {
            if (value == "thanks")
            {
                state = state with { Thanked = true };
            }
            else if (value.Length <= 64 && await feedback.FindByTokenAsync(value, cancellationToken) is { } entry && entry.PageKey == content.Key)
            {
                state = entry.Comment is null ? state with { Token = entry.Token, Thanked = true } : state with { Thanked = true };
            }
        }

        var model = new PageModel(content, sites.Create(content), sites.Breadcrumbs(content), state, query);
        return pageModels.Complete(model);
    }
}
